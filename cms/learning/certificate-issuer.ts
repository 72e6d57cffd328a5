/**
 * Who issues certificates, from the environment (defaults: the demo city's office):
 * PUFA_CERTIFICATE_ISSUER (printed and drawn on the seal, the Open Badge issuer name) and
 * PUFA_CERTIFICATE_SERIAL_PREFIX (the serial's prefix, e.g. 泉普证). Each certificate keeps the
 * name it was issued under, so a later change does not rewrite issued ones.
 */
export interface IssuerSettings {
  name: string;
  serialPrefix: string;
}

/** The issuing authority's settings. */
export const issuerSettings = (env: Record<string, string | undefined> = process.env): IssuerSettings => ({
  name: env.PUFA_CERTIFICATE_ISSUER?.trim() || '泉城市全面依法治市委员会办公室',
  serialPrefix: env.PUFA_CERTIFICATE_SERIAL_PREFIX?.trim() || '泉普证',
});
