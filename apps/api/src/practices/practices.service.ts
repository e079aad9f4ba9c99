import { Injectable } from '@nestjs/common';

/** The rules of practices; other domains use them through this service only. */
@Injectable()
export class PracticesService {}
