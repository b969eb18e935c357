import { Router } from 'express';
import type { AppContext } from '../app.js';

// Placeholder until this router is written.
export function queryRoutes(_context: AppContext): Router {
  return Router();
}
