/** Where media files live: uploads in data/media (Payload's staticDir), renditions per item beside them. */
import path from 'node:path';
import { DATA_DIR } from '../paths';

/** Payload's upload folder for originals (and sharp's image sizes). */
export const MEDIA_DIR = path.join(DATA_DIR, 'media');
/**
 * Renditions of the upload stored as `filename` (unique in MEDIA_DIR, and known before the record
 * has an id): audio.m4a, mobile.mp4, poster-<w>.webp.
 */
export const renditionsDir = (filename: string) => path.join(DATA_DIR, 'media-renditions', path.basename(filename));
