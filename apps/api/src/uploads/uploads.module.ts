import { AuthModule } from '../auth/auth.module.js';
import { CitiesModule } from '../cities/cities.module.js';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../common/app-config.provider.js';
import { DomainModule } from '../common/domain-module.js';
import type { AppConfig } from '../config/app-config.js';
import { FILE_STORAGE, fileStorageFor } from './file-storage.js';
import en from './locales/en.json';
import id from './locales/id.json';
import { Uploads1796147606497 } from './migrations/1796147606497-uploads.js';
import { UploadBlobs1796156568959 } from './migrations/1796156568959-upload-blobs.js';
import { UploadAccess } from './upload-access.service.js';
import { Upload } from './upload.entity.js';
import { UploadsHttp } from './uploads.http.js';
import { UploadsService } from './uploads.service.js';

// Files for other domains to point at (a practice's attachments), served at /uploads/:id/:filename.
@DomainModule({
  name: 'uploads',
  entities: [Upload],
  migrations: [Uploads1796147606497, UploadBlobs1796156568959],
  messages: { id, en },
  imports: [AuthModule, CitiesModule],
  providers: [
    { provide: FILE_STORAGE, inject: [APP_CONFIG, getDataSourceToken()], useFactory: (config: AppConfig, dataSource: DataSource) => fileStorageFor(config, dataSource) },
    UploadsService,
    UploadAccess,
    UploadsHttp,
  ],
  exports: [UploadsService, UploadAccess],
})
export class UploadsModule {}
