import { authRoutes } from './auth/auth.routes';
import { meRoutes } from './me/me.routes';
import { studentRoutes } from './students/students.routes';
import { systemRoutes } from './system/system.routes';
import type { RouteModule } from './types';

/** Every route module of the API. The policy matrix test walks all routes registered from here. */
export const routeModules: RouteModule[] = [systemRoutes, authRoutes, meRoutes, studentRoutes];
