// What other features may use from uploads (see .dependency-cruiser.cjs): sending a file to the API.
export { MAX_UPLOAD_BYTES, UPLOAD_ACCEPT, type UploadedFile, type UploadError, type UploadResult, uploadFile } from './upload-file';
