import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('UploadedFile', { description: 'A file uploaded with POST /uploads (a PDF or an image), e.g. an attachment of a practice.' })
export class UploadedFileType {
  @Field(() => ID)
  id: string;
  @Field({ description: 'Cleaned of paths and unsafe characters, with the extension of its real type.' })
  filename: string;
  @Field({ description: 'Told from the bytes: application/pdf, image/png, image/jpeg or image/webp.' })
  contentType: string;
  @Field(() => Int)
  byteSize: number;
  @Field({ description: 'Where the file is served, relative to the site: /uploads/{id}/{filename}.' })
  url: string;
  @Field({ description: 'Part of the demo content.' })
  isDemo: boolean;
}
