import { APIError, formatErrors } from 'payload';

/** Payload's reply to an endpoint's refusal: `{ errors: [{ message, data? }] }`. */
export interface ErrorReply<D = unknown> {
  errors: { message: string; data?: D }[];
}

/**
 * Runs a custom endpoint's handler as Payload's router does for its errors: a thrown APIError
 * becomes the JSON reply Payload sends (`formatErrors`, the error's status); anything else throws.
 */
export async function respond(handler: (req: never) => Promise<Response> | Response, req: unknown): Promise<Response> {
  try {
    return await handler(req as never);
  } catch (error) {
    if (error instanceof APIError) return Response.json(formatErrors(error), { status: error.status });
    throw error;
  }
}

/** The first error message of a refusal reply. */
export const refusalOf = async <D = unknown>(res: Response) => ((await res.json()) as ErrorReply<D>).errors[0]!;
