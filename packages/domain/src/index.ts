export {
  type CityKind,
  normalizeForSearch,
  type RegencyName,
  slugify,
  splitRegencyName,
  titleCaseIndonesian,
} from './city-kind.js';
export {
  type FormatIndonesianNumberOptions,
  formatIndonesianNumber,
  InvalidNumberError,
  parseIndonesianNumber,
  tryParseIndonesianNumber,
} from './indonesian-number.js';
export {
  formatUtcOffset,
  isLocalDateTime,
  PROVINCE_CODES,
  TIME_ZONES,
  type TimeZoneInfo,
  type TimeZoneLabel,
  timeZoneForProvince,
  utcOffsetMinutes,
  utcToZonedLocal,
  zonedLocalToUtc,
} from './time-zone.js';
export * from './policy.js';
export { matchPage, type PageMatch } from './page-paths.js';
export { MAX_PASSWORD_BYTES, MIN_PASSWORD_LENGTH, type PasswordLengthProblem, passwordLengthProblem } from './password.js';
export * from './practice.js';
export {
  declaredTypeContradicts,
  detectUploadType,
  FILE_SIGNATURE_BYTES,
  MAX_UPLOAD_BYTES,
  MAX_UPLOAD_FILENAME_LENGTH,
  safeUploadFilename,
  UPLOAD_TYPES,
  type UploadContentType,
} from './uploads.js';
export { CITY_SEARCH_ALIASES, citySearchAliasCodes, citySortName } from './city-search.js';
export { INDONESIAN_STOP_WORDS, MAX_PRACTICE_QUERY_LENGTH, practiceSearchWords } from './practice-search.js';
export * from './visit.js';
export * from './visit-availability.js';
export * from './metrics.js';
export { type DecimalStyle, detectDecimalStyle, parseNumberInStyle, type StyleDetection, type StyleEvidence, styleEvidence, tryParseEnglishNumber } from './decimal-style.js';
export * from './impact.js';
