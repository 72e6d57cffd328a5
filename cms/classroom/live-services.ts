/**
 * The live quiz's seams for the real server (startServer({ live })): each call waits for the
 * server's own Payload instance (the one Next initialises; cms/publish/registry.ts), so games
 * read and write through the same database connection as every other request.
 */
import type { LiveServices } from '../live/hub';
import { serverPayload } from '../publish/registry';
import { payloadHostAuth, payloadPlayerAuth, payloadQuizSource } from './live-seams';
import { payloadResultsSink } from './results-sink';

export const classroomLive = (): Pick<LiveServices, 'quizzes' | 'sink' | 'hostAuth' | 'playerAuth'> => ({
  quizzes: { load: async (id) => payloadQuizSource(await serverPayload()).load(id) },
  sink: {
    questionClosed: async (...args) => payloadResultsSink(await serverPayload()).questionClosed(...args),
    gameEnded: async (...args) => payloadResultsSink(await serverPayload()).gameEnded(...args),
  },
  hostAuth: { authorize: async (input) => payloadHostAuth(await serverPayload()).authorize(input) },
  playerAuth: { learnerOf: async (headers) => payloadPlayerAuth(await serverPayload()).learnerOf(headers) },
});
