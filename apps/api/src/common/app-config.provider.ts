import { Inject } from '@nestjs/common';

/** Injection token of the validated AppConfig. */
export const APP_CONFIG = 'APP_CONFIG';
export const InjectConfig = () => Inject(APP_CONFIG);
