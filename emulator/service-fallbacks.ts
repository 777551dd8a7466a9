import type { FallbackMount } from './http/fallback-answers.js';
import { AZURE_BASE_PATH, armFallback } from './resources/azure-resource-manager-api.js';
import { graphFallback } from './resources/graph-responses.js';
import { GRAPH_BASE_PATH } from './resources/graph/graph-route.js';
import { MANAGEMENT_BASE_PATH, managementFallback } from './resources/management-activity-api.js';
import { SHAREPOINT_BASE_PATH } from './resources/sharepoint-api.js';
import { sharePointFallback } from './resources/sharepoint-responses.js';
import { YAMMER_BASE_PATH, vivaEngageFallback } from './resources/viva-engage-api.js';

/** Each resource API's refusals, by where it is mounted; everything else is the identity platform's. */
export const serviceFallbacks: readonly FallbackMount[] = [
  { prefix: GRAPH_BASE_PATH, answers: graphFallback },
  { prefix: SHAREPOINT_BASE_PATH, answers: sharePointFallback },
  { prefix: MANAGEMENT_BASE_PATH, answers: managementFallback },
  { prefix: AZURE_BASE_PATH, answers: armFallback },
  { prefix: YAMMER_BASE_PATH, answers: vivaEngageFallback },
];
