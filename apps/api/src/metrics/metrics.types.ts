import { INDICATOR_CODE } from '@citybridge/domain';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsNumber, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { Text } from '../common/input.js';
import { Payload } from '../common/payload.js';

const problem = (code: string, params: Record<string, string | number> = {}) => ({ context: { code, params } });

export enum IndicatorDirection {
  HIGHER_BETTER = 'higher_better',
  LOWER_BETTER = 'lower_better',
  NEUTRAL = 'neutral',
}
registerEnumType(IndicatorDirection, { name: 'IndicatorDirection', description: 'Whether a higher or a lower value is better.' });

export enum IndicatorCategory {
  DEMOGRAPHY = 'demography',
  GEOGRAPHY = 'geography',
  GOVERNANCE = 'governance',
  ECONOMY = 'economy',
  ENVIRONMENT = 'environment',
  MOBILITY = 'mobility',
  SAFETY = 'safety',
  HEALTH = 'health',
  EDUCATION = 'education',
  ICT = 'ict',
  HOUSING = 'housing',
}
registerEnumType(IndicatorCategory, { name: 'IndicatorCategory' });

export enum IndicatorStandard {
  ISO_37120 = 'iso_37120',
  ISO_37122 = 'iso_37122',
  SDG_11 = 'sdg_11',
  BPS = 'bps',
  IKCC = 'ikcc',
  CUSTOM = 'custom',
}
registerEnumType(IndicatorStandard, { name: 'IndicatorStandard', description: 'ISO 37120, ISO 37122, SDG 11, BPS, the Indonesian smart-city index, or our own.' });

export enum ObservationQuality {
  OFFICIAL = 'official',
  SELF_REPORTED = 'self_reported',
  ESTIMATED = 'estimated',
  DEMO = 'demo',
}
registerEnumType(ObservationQuality, { name: 'ObservationQuality', description: 'Official over self-reported over estimated over demo: the default rule.' });

export enum PeriodKind {
  YEAR = 'year',
  QUARTER = 'quarter',
  MONTH = 'month',
}
registerEnumType(PeriodKind, { name: 'PeriodKind' });

export enum Normalisation {
  RAW = 'raw',
  PER_CAPITA = 'per_capita',
  PER_100K = 'per_100k',
  PER_KM2 = 'per_km2',
}
registerEnumType(Normalisation, { name: 'Normalisation', description: 'Raw, or divided by the population or area of the same city and year.' });

export enum RankingScope {
  ALL = 'all',
  PROVINCE = 'province',
  PEER_GROUP = 'peer_group',
}
registerEnumType(RankingScope, { name: 'RankingScope' });

@ObjectType('Indicator', { description: 'One indicator of the catalogue.' })
export class IndicatorType {
  @Field(() => ID)
  id: string;
  @Field()
  code: string;
  @Field({ description: 'In the language of the request.' })
  name: string;
  @Field()
  nameId: string;
  @Field()
  nameEn: string;
  @Field(() => String, { nullable: true, description: 'In the language of the request.' })
  definition: string | null;
  @Field(() => String, { nullable: true })
  definitionId: string | null;
  @Field(() => String, { nullable: true })
  definitionEn: string | null;
  @Field()
  unit: string;
  @Field(() => IndicatorDirection)
  direction: IndicatorDirection;
  @Field(() => IndicatorCategory)
  category: IndicatorCategory;
  @Field(() => IndicatorStandard)
  standard: IndicatorStandard;
  @Field(() => String, { nullable: true, description: 'Clause or target in the standard, e.g. 5.1 or 11.6.1.' })
  standardRef: string | null;
  @Field({ description: 'False for rates and shares: they are never divided by population or area.' })
  normalisable: boolean;
}

@ObjectType('MetricSource', { description: 'Where a number comes from.' })
export class MetricSourceType {
  @Field(() => ID)
  id: string;
  @Field()
  organisation: string;
  @Field()
  title: string;
  @Field(() => String, { nullable: true })
  url: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  publishedOn: string | null;
  @Field(() => String, { nullable: true })
  licence: string | null;
}

@ObjectType('Observation', { description: 'One value from one source; isDefault marks the one the default rule shows.' })
export class ObservationType {
  @Field(() => ID)
  id: string;
  @Field()
  cityCode: string;
  @Field()
  cityName: string;
  @Field(() => ID, { nullable: true, description: 'The program (practice) the number belongs to; null for the whole city.' })
  practiceId: string | null;
  @Field()
  indicatorCode: string;
  @Field(() => Int)
  year: number;
  @Field(() => PeriodKind)
  periodKind: PeriodKind;
  @Field(() => Int, { description: '0 for a year, the quarter or the month.' })
  periodNo: number;
  @Field(() => Float)
  value: number;
  @Field(() => ObservationQuality)
  quality: ObservationQuality;
  @Field()
  isDemo: boolean;
  @Field()
  isDefault: boolean;
  @Field(() => MetricSourceType)
  source: MetricSourceType;
  @Field(() => String, { nullable: true })
  note: string | null;
  @Field()
  enteredAt: string;
  @Field(() => ID, { nullable: true })
  importId: string | null;
}

@ObjectType('CompareSeries', {
  description:
    'One city and indicator over the years: entry i of each list is the year fromYear + i (null: no value that year). ' +
    'A value of quality DEMO is demo data (the database keeps is_demo equal to quality = demo).',
})
export class CompareSeriesType {
  @Field()
  cityCode: string;
  @Field()
  cityName: string;
  @Field()
  indicatorCode: string;
  @Field(() => [Float], { nullable: 'items', description: 'Normalised as asked; null where there is no value or the denominator is missing (see notes).' })
  values: (number | null)[];
  @Field(() => [Float], { nullable: 'items', description: 'The value as recorded (the default source of the year).' })
  rawValues: (number | null)[];
  @Field(() => [ObservationQuality], { nullable: 'items' })
  qualities: (ObservationQuality | null)[];
  @Field(() => [Int], { nullable: 'items', description: 'The index in CompareResult.sources of each value\'s source.' })
  sources: (number | null)[];
}

@ObjectType('CompareNote', { description: 'Why a value could not be normalised.' })
export class CompareNoteType {
  @Field()
  cityCode: string;
  @Field()
  indicatorCode: string;
  @Field(() => Int, { nullable: true })
  year: number | null;
  @Field({ description: 'DENOMINATOR_MISSING or NOT_NORMALISABLE.' })
  code: string;
  @Field({ description: 'In the language of the request.' })
  message: string;
}

@ObjectType('CompareResult', { description: 'Series per city and indicator (lists by year) and the sources they name once each.' })
export class CompareResultType {
  @Field(() => Normalisation)
  normalisation: Normalisation;
  @Field(() => Int)
  fromYear: number;
  @Field(() => Int)
  toYear: number;
  @Field(() => [CompareSeriesType], { description: 'Only the city × indicator pairs with at least one value, cities and indicators in the order asked.' })
  series: CompareSeriesType[];
  @Field(() => [MetricSourceType], { description: 'The sources of the compared values; a series names the source of each value by its index here.' })
  sources: MetricSourceType[];
  @Field(() => [CompareNoteType])
  notes: CompareNoteType[];
}

@ObjectType('RankingRow')
export class RankingRowType {
  @Field(() => Int, { description: 'Ties share a rank.' })
  rank: number;
  @Field()
  cityCode: string;
  @Field()
  cityName: string;
  @Field()
  provinceCode: string;
  @Field(() => Float)
  value: number;
  @Field(() => ObservationQuality)
  quality: ObservationQuality;
  @Field()
  isDemo: boolean;
}

@ObjectType('Ranking')
export class RankingType {
  @Field(() => IndicatorType)
  indicator: IndicatorType;
  @Field(() => Int)
  year: number;
  @Field(() => RankingScope)
  scope: RankingScope;
  @Field(() => [RankingRowType])
  rows: RankingRowType[];
}

@ObjectType('PeerSuggestion', { description: 'A city of similar population.' })
export class PeerSuggestionType {
  @Field()
  cityCode: string;
  @Field()
  cityName: string;
  @Field(() => Float)
  population: number;
  @Field(() => Int)
  populationYear: number;
  @Field(() => Float, { description: "This city's population divided by the chosen city's." })
  ratio: number;
}

@InputType()
export class IndicatorInput {
  @Field()
  @Matches(INDICATOR_CODE, problem('INVALID_CODE'))
  code: string;
  @Field()
  @Text({ max: 200 })
  nameId: string;
  @Field()
  @Text({ max: 200 })
  nameEn: string;
  @Field(() => String, { nullable: true })
  @Text({ max: 2000, required: false })
  definitionId?: string | null;
  @Field(() => String, { nullable: true })
  @Text({ max: 2000, required: false })
  definitionEn?: string | null;
  @Field()
  @Text({ max: 40 })
  unit: string;
  @Field(() => IndicatorDirection)
  @IsEnum(IndicatorDirection, problem('INVALID_VALUE'))
  direction: IndicatorDirection;
  @Field(() => IndicatorCategory)
  @IsEnum(IndicatorCategory, problem('INVALID_VALUE'))
  category: IndicatorCategory;
  @Field(() => IndicatorStandard)
  @IsEnum(IndicatorStandard, problem('INVALID_VALUE'))
  standard: IndicatorStandard;
  @Field(() => String, { nullable: true })
  @Text({ max: 40, required: false })
  standardRef?: string | null;
  @Field({ defaultValue: false })
  @IsBoolean(problem('INVALID_VALUE'))
  normalisable: boolean;
}

@InputType()
export class UpdateIndicatorInput {
  @Field({ description: 'The indicator to change; its code cannot change (imports and links name it).' })
  @Matches(INDICATOR_CODE, problem('INVALID_CODE'))
  code: string;
  @Field()
  @Text({ max: 200 })
  nameId: string;
  @Field()
  @Text({ max: 200 })
  nameEn: string;
  @Field(() => String, { nullable: true })
  @Text({ max: 2000, required: false })
  definitionId?: string | null;
  @Field(() => String, { nullable: true })
  @Text({ max: 2000, required: false })
  definitionEn?: string | null;
  @Field()
  @Text({ max: 40 })
  unit: string;
  @Field(() => IndicatorDirection)
  @IsEnum(IndicatorDirection, problem('INVALID_VALUE'))
  direction: IndicatorDirection;
  @Field(() => IndicatorCategory)
  @IsEnum(IndicatorCategory, problem('INVALID_VALUE'))
  category: IndicatorCategory;
  @Field(() => IndicatorStandard)
  @IsEnum(IndicatorStandard, problem('INVALID_VALUE'))
  standard: IndicatorStandard;
  @Field(() => String, { nullable: true })
  @Text({ max: 40, required: false })
  standardRef?: string | null;
  @Field({ defaultValue: false })
  @IsBoolean(problem('INVALID_VALUE'))
  normalisable: boolean;
}

@InputType()
export class MetricSourceInput {
  @Field()
  @Text({ max: 200 })
  organisation: string;
  @Field()
  @Text({ max: 300 })
  title: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(2000, problem('TOO_LONG', { max: 2000 }))
  @Matches(/^https?:\/\/[^\s/$.?#][^\s]*$/i, problem('INVALID_URL'))
  url?: string | null;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, problem('INVALID_DATE'))
  publishedOn?: string | null;
}

@InputType()
export class RecordObservationInput {
  @Field({ description: 'Kemendagri code, e.g. 13.72.' })
  @Text({ max: 10 })
  cityCode: string;
  @Field(() => ID, { nullable: true, description: 'A practice (program) of the city, when the number is its own.' })
  @IsOptional()
  practiceId?: string | null;
  @Field()
  @Matches(INDICATOR_CODE, problem('UNKNOWN_INDICATOR'))
  indicatorCode: string;
  @Field({ description: '2023, 2023-Q2 or 2023-07.' })
  @Matches(/^\d{4}(-(Q[1-4]|0[1-9]|1[0-2]))?$/i, problem('INVALID_PERIOD'))
  period: string;
  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false }, problem('NOT_A_NUMBER'))
  value: number;
  @Field(() => ObservationQuality)
  @IsEnum(ObservationQuality, problem('INVALID_VALUE'))
  quality: ObservationQuality;
  @Field(() => MetricSourceInput)
  @ValidateNested()
  @Type(() => MetricSourceInput)
  source: MetricSourceInput;
  @Field(() => String, { nullable: true })
  @Text({ max: 1000, required: false })
  note?: string | null;
}

@ObjectType()
export class IndicatorPayload extends Payload({ indicator: () => IndicatorType }) {}

@ObjectType()
export class RecordObservationPayload extends Payload({ observation: () => ObservationType }) {}

export const COMPARE_LIMITS = { cities: 50, indicators: 20, years: 50 } as const;
export const PEER_GROUP_MAX = 30;

export enum CsvDelimiter {
  COMMA = ',',
  SEMICOLON = ';',
}
registerEnumType(CsvDelimiter, { name: 'CsvDelimiter' });

export enum DecimalStyle {
  ENGLISH = 'english',
  INDONESIAN = 'indonesian',
}
registerEnumType(DecimalStyle, { name: 'DecimalStyle', description: 'English "1,234.5" or Indonesian "1.234,5".' });

@ObjectType('ImportProblem', { description: 'An error or a warning about a file, by line and column.' })
export class ImportProblemType {
  @Field(() => Int, { description: 'Line in the file (1 = header).' })
  line: number;
  @Field(() => String, { nullable: true, description: 'The column as the file names it.' })
  column: string | null;
  @Field()
  code: string;
  @Field({ description: 'In the language of the request.' })
  message: string;
  @Field(() => [String], { nullable: true, description: 'For AMBIGUOUS_CITY: the cities the name may mean.' })
  candidates: string[] | null;
}

@ObjectType('ImportColumnMapping')
export class ImportColumnMappingType {
  @Field({ description: 'cityCode, city, indicator, year, period, value, sourceOrganisation, sourceTitle, sourceUrl, sourceDate, quality, practiceId.' })
  field: string;
  @Field()
  column: string;
}

@ObjectType('ImportSampleRow')
export class ImportSampleRowType {
  @Field(() => [String])
  cells: string[];
}

@ObjectType('MetricImport')
export class MetricImportType {
  @Field(() => ID)
  id: string;
  @Field()
  fileName: string;
  @Field()
  fileSha256: string;
  @Field({ description: 'uploaded, committed or undone.' })
  status: string;
  @Field(() => Int, { nullable: true })
  rowCount: number | null;
  @Field()
  createdAt: string;
  @Field(() => String, { nullable: true })
  committedAt: string | null;
  @Field(() => String, { nullable: true })
  undoneAt: string | null;
}

@ObjectType('MetricImportPreview')
export class MetricImportPreviewType {
  @Field(() => ID)
  importId: string;
  @Field({ description: 'UTF-8 or UTF-8 BOM.' })
  encoding: string;
  @Field()
  hasBom: boolean;
  @Field(() => CsvDelimiter)
  delimiter: CsvDelimiter;
  @Field(() => DecimalStyle, { nullable: true, description: 'Null when the value column is ambiguous and none was chosen (see errors).' })
  decimalStyle: DecimalStyle | null;
  @Field()
  decimalStyleDetected: boolean;
  @Field(() => [String])
  columns: string[];
  @Field(() => [ImportColumnMappingType])
  mapping: ImportColumnMappingType[];
  @Field(() => Int)
  rowCount: number;
  @Field(() => [ImportSampleRowType], { description: 'The first 20 rows as parsed.' })
  sampleRows: ImportSampleRowType[];
  @Field(() => [ImportProblemType])
  errors: ImportProblemType[];
  @Field(() => [ImportProblemType], { description: 'Values far from what is known; the importer confirms them on commit.' })
  warnings: ImportProblemType[];
  @Field({ description: 'The same file was already committed for this city: committing changes nothing.' })
  alreadyImported: boolean;
}

@InputType()
export class MetricImportOptionsInput {
  @Field(() => ID)
  @Text({ max: 36 })
  importId: string;
  @Field(() => CsvDelimiter, { nullable: true, description: 'Null: detected from the header.' })
  @IsOptional()
  @IsEnum(CsvDelimiter, problem('INVALID_VALUE'))
  delimiter?: CsvDelimiter | null;
  @Field(() => DecimalStyle, { nullable: true, description: 'Null: detected; an ambiguous value column is an error until one is chosen.' })
  @IsOptional()
  @IsEnum(DecimalStyle, problem('INVALID_VALUE'))
  decimalStyle?: DecimalStyle | null;
}

@InputType()
export class CommitMetricImportInput extends MetricImportOptionsInput {
  @Field({ defaultValue: false, description: 'The importer has seen the warnings and keeps the values.' })
  @IsBoolean(problem('INVALID_VALUE'))
  confirmWarnings: boolean;
}

@InputType()
export class UndoMetricImportInput {
  @Field(() => ID)
  @Text({ max: 36 })
  importId: string;
}

@ObjectType()
export class MetricImportPreviewPayload extends Payload({ preview: () => MetricImportPreviewType }) {}

@ObjectType()
/**
 * When nothing was stored, userErrors hold every problem of the file: field `line:<n>:<column>` (the
 * column as the file names it; empty for the whole file), plus FILE_HAS_ERRORS or
 * WARNINGS_NOT_CONFIRMED on `importId` / `confirmWarnings`.
 */
export class CommitMetricImportPayload extends Payload({
  import: () => MetricImportType,
  alreadyImported: { type: () => Boolean, description: 'The same file was committed before for this city: nothing changed.' },
}) {}

@ObjectType()
export class UndoMetricImportPayload extends Payload({ import: () => MetricImportType }) {}
