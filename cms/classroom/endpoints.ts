import type { Endpoint } from 'payload';

export const classroomEndpoints: Endpoint[] = [];
