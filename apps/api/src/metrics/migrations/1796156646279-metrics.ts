import { MigrationInterface, QueryRunner } from 'typeorm';

type Seed = [code: string, nameId: string, nameEn: string, unit: string, direction: string, category: string, standard: string, ref: string | null, normalisable: boolean, definitionId: string, definitionEn: string];

/**
 * The starting catalogue (docs/metrics.md explains the choice): the numbers every city profile has
 * (population, area, density, kecamatan count), the ISO 37120 / ISO 37122 and SDG 11 indicators that
 * Indonesian cities actually publish (BPS "Kota dalam Angka", SPM and SDG reports), the national indices
 * and the program numbers the practices report (complaints, assets). Rates and shares are not
 * normalisable (per capita of a percentage means nothing). Platform admins add more from the app.
 */
const SEED: Seed[] = [
  ['population', 'Jumlah penduduk', 'Population', 'people', 'neutral', 'demography', 'bps', null, false, 'Penduduk yang tinggal di wilayah kota/kabupaten pada tahun itu.', 'People living in the city or regency in that year.'],
  ['area_km2', 'Luas wilayah', 'Land area', 'km2', 'neutral', 'geography', 'bps', null, false, 'Luas daratan wilayah administratif dalam kilometer persegi.', 'Land area of the administrative territory in square kilometres.'],
  ['population_density', 'Kepadatan penduduk', 'Population density', 'people/km2', 'neutral', 'demography', 'iso_37120', null, false, 'Jumlah penduduk dibagi luas wilayah.', 'Population divided by land area.'],
  ['district_count', 'Jumlah kecamatan', 'Number of kecamatan (districts)', 'count', 'neutral', 'governance', 'bps', null, false, 'Kecamatan menurut daftar resmi Kemendagri.', 'Kecamatan according to the official Ministry of Home Affairs list.'],
  ['hdi', 'Indeks Pembangunan Manusia', 'Human Development Index', 'index', 'higher_better', 'demography', 'bps', null, false, 'IPM menurut BPS (0–100).', 'HDI as computed by BPS (0–100).'],
  ['grdp_per_capita', 'PDRB per kapita', 'GRDP per capita', 'IDR', 'higher_better', 'economy', 'bps', null, false, 'Produk domestik regional bruto atas dasar harga berlaku per penduduk.', 'Gross regional domestic product at current prices per person.'],
  ['unemployment_rate', 'Tingkat pengangguran terbuka', 'Unemployment rate', '%', 'lower_better', 'economy', 'iso_37120', '5.1', false, 'Persentase angkatan kerja yang menganggur.', 'Share of the labour force that is unemployed.'],
  ['poverty_rate', 'Persentase penduduk miskin', 'Population living in poverty', '%', 'lower_better', 'economy', 'iso_37120', '5.3', false, 'Persentase penduduk di bawah garis kemiskinan.', 'Share of the population below the poverty line.'],
  ['school_enrolment_rate', 'Angka partisipasi sekolah', 'School enrolment rate', '%', 'higher_better', 'education', 'iso_37120', '6.1', false, 'Persentase penduduk usia sekolah yang bersekolah.', 'Share of school-age population enrolled in school.'],
  ['pupil_teacher_ratio', 'Rasio murid terhadap guru (SD)', 'Primary pupil–teacher ratio', 'pupils/teacher', 'lower_better', 'education', 'iso_37120', null, false, 'Murid sekolah dasar per guru.', 'Primary school pupils per teacher.'],
  ['life_expectancy', 'Angka harapan hidup', 'Life expectancy', 'years', 'higher_better', 'health', 'iso_37120', '12.1', false, 'Harapan hidup saat lahir.', 'Life expectancy at birth.'],
  ['hospital_beds_per_100k', 'Tempat tidur rumah sakit per 100.000 penduduk', 'Hospital beds per 100,000 people', 'beds/100k', 'higher_better', 'health', 'iso_37120', null, false, 'Tempat tidur rumah sakit per 100.000 penduduk.', 'In-patient hospital beds per 100,000 people.'],
  ['physicians_per_100k', 'Dokter per 100.000 penduduk', 'Physicians per 100,000 people', 'physicians/100k', 'higher_better', 'health', 'iso_37120', null, false, 'Dokter praktik per 100.000 penduduk.', 'Practising physicians per 100,000 people.'],
  ['homicides_per_100k', 'Pembunuhan per 100.000 penduduk', 'Homicides per 100,000 people', 'cases/100k', 'lower_better', 'safety', 'iso_37120', null, false, 'Kasus pembunuhan per 100.000 penduduk.', 'Homicides per 100,000 people.'],
  ['road_deaths_per_100k', 'Kematian lalu lintas per 100.000 penduduk', 'Road deaths per 100,000 people', 'deaths/100k', 'lower_better', 'mobility', 'iso_37120', null, false, 'Korban meninggal kecelakaan lalu lintas per 100.000 penduduk.', 'Road traffic deaths per 100,000 people.'],
  ['waste_collection_share', 'Rumah tangga terlayani pengangkutan sampah', 'Households with regular waste collection', '%', 'higher_better', 'environment', 'iso_37120', '16.1', false, 'Persentase penduduk dengan pengangkutan sampah rutin.', 'Share of the population with regular solid waste collection.'],
  ['waste_per_capita', 'Timbulan sampah per kapita', 'Municipal solid waste per capita', 'kg/year', 'lower_better', 'environment', 'iso_37120', '16.2', false, 'Sampah kota yang terkumpul per penduduk per tahun.', 'Collected municipal solid waste per person per year.'],
  ['waste_recycled_share', 'Sampah yang didaur ulang', 'Solid waste recycled', '%', 'higher_better', 'environment', 'iso_37120', null, false, 'Persentase sampah kota yang didaur ulang.', 'Share of municipal solid waste that is recycled.'],
  ['pm25_annual_mean', 'Rata-rata tahunan PM2,5', 'Annual mean PM2.5', 'µg/m3', 'lower_better', 'environment', 'iso_37120', '8.1', false, 'Konsentrasi partikel halus PM2,5 rata-rata tahunan (juga SDG 11.6.2).', 'Annual mean concentration of fine particulate matter (also SDG 11.6.2).'],
  ['ghg_per_capita', 'Emisi gas rumah kaca per kapita', 'Greenhouse gas emissions per capita', 't CO2e', 'lower_better', 'environment', 'iso_37120', null, false, 'Emisi gas rumah kaca dalam ton CO2 ekuivalen per penduduk.', 'Greenhouse gas emissions in tonnes CO2 equivalent per person.'],
  ['safe_water_share', 'Akses air minum layak', 'Access to safe drinking water', '%', 'higher_better', 'housing', 'iso_37120', null, false, 'Persentase penduduk dengan akses air minum layak.', 'Share of the population with safe drinking water.'],
  ['wastewater_treated_share', 'Air limbah yang diolah', 'Wastewater treated', '%', 'higher_better', 'environment', 'iso_37120', null, false, 'Persentase air limbah kota yang diolah.', 'Share of the city wastewater that is treated.'],
  ['green_area_per_100k', 'Ruang terbuka hijau per 100.000 penduduk', 'Green area per 100,000 people', 'ha/100k', 'higher_better', 'environment', 'iso_37120', null, false, 'Hektar ruang terbuka hijau per 100.000 penduduk.', 'Hectares of green area per 100,000 people.'],
  ['internet_per_100k', 'Sambungan internet per 100.000 penduduk', 'Internet connections per 100,000 people', 'connections/100k', 'higher_better', 'ict', 'iso_37120', null, false, 'Sambungan internet tetap per 100.000 penduduk.', 'Fixed internet connections per 100,000 people.'],
  ['online_services_share', 'Layanan kota yang dapat diajukan daring', 'City services available online', '%', 'higher_better', 'governance', 'iso_37122', null, false, 'Persentase layanan kota yang dapat diajukan secara daring.', 'Share of city services that can be requested online.'],
  ['open_data_visits_per_100k', 'Kunjungan portal data terbuka per 100.000 penduduk', 'Open data portal visits per 100,000 people', 'visits/100k', 'higher_better', 'ict', 'iso_37122', null, false, 'Kunjungan tahunan ke portal data terbuka pemerintah kota per 100.000 penduduk.', 'Yearly visits to the municipal open data portal per 100,000 people.'],
  ['smart_meter_share', 'Rumah tangga dengan meteran listrik pintar', 'Households with smart electricity meters', '%', 'higher_better', 'ict', 'iso_37122', null, false, 'Persentase rumah tangga dengan meteran listrik pintar.', 'Share of households with smart electricity meters.'],
  ['slum_population_share', 'Penduduk di permukiman kumuh', 'Urban population living in slums', '%', 'lower_better', 'housing', 'sdg_11', '11.1.1', false, 'Persentase penduduk kota yang tinggal di permukiman kumuh.', 'Share of the urban population living in slums.'],
  ['public_transport_access_share', 'Akses mudah ke transportasi umum', 'Convenient access to public transport', '%', 'higher_better', 'mobility', 'sdg_11', '11.2.1', false, 'Persentase penduduk yang tinggal dekat halte atau stasiun.', 'Share of the population living near a public transport stop.'],
  ['land_consumption_ratio', 'Rasio konsumsi lahan terhadap pertumbuhan penduduk', 'Land consumption to population growth ratio', 'ratio', 'neutral', 'geography', 'sdg_11', '11.3.1', false, 'Laju pertumbuhan lahan terbangun dibagi laju pertumbuhan penduduk.', 'Rate of built-up land growth divided by the population growth rate.'],
  ['disaster_victims_per_100k', 'Korban bencana per 100.000 penduduk', 'Disaster deaths, missing and affected per 100,000 people', 'people/100k', 'lower_better', 'safety', 'sdg_11', '11.5.1', false, 'Korban meninggal, hilang dan terdampak bencana per 100.000 penduduk.', 'Deaths, missing and directly affected persons by disasters per 100,000 people.'],
  ['waste_managed_share', 'Sampah terkelola di fasilitas terkendali', 'Solid waste managed in controlled facilities', '%', 'higher_better', 'environment', 'sdg_11', '11.6.1', false, 'Persentase sampah kota yang dikumpulkan dan dikelola di fasilitas terkendali.', 'Share of municipal solid waste collected and managed in controlled facilities.'],
  ['open_space_share', 'Ruang terbuka publik', 'Open public space', '%', 'higher_better', 'environment', 'sdg_11', '11.7.1', false, 'Persentase wilayah terbangun yang berupa ruang terbuka publik.', 'Share of the built-up area that is open public space.'],
  ['ikcc_score', 'Skor Indeks Kota Cerdas Indonesia', 'Indonesian Smart City Index score', 'index', 'higher_better', 'ict', 'ikcc', null, false, 'Skor IKCI (Kompas/ITB) atau Gerakan Menuju Smart City.', 'Smart city index score (Kompas/ITB index or the Movement towards Smart City).'],
  ['spbe_index', 'Indeks SPBE', 'E-government (SPBE) index', 'index', 'higher_better', 'governance', 'custom', 'Perpres 95/2018', false, 'Indeks Sistem Pemerintahan Berbasis Elektronik dari KemenPAN-RB (0–5).', 'Electronic-based government system index by the Ministry of Administrative Reform (0–5).'],
  ['complaints_received', 'Aduan warga diterima', 'Citizen complaints received', 'complaints', 'neutral', 'governance', 'custom', null, true, 'Aduan yang diterima kanal aduan warga (mis. aplikasi pengaduan) dalam periode itu.', 'Complaints received by a citizen complaint channel (e.g. an app) in the period.'],
  ['complaints_resolved_7d_share', 'Aduan selesai dalam 7 hari', 'Complaints resolved within 7 days', '%', 'higher_better', 'governance', 'custom', null, false, 'Persentase aduan yang diselesaikan paling lama 7 hari.', 'Share of complaints resolved within 7 days.'],
  ['assets_registered', 'Aset daerah terdaftar', 'Municipal assets registered', 'assets', 'higher_better', 'governance', 'custom', null, true, 'Aset daerah yang tercatat dalam sistem manajemen aset.', 'Municipal assets recorded in the asset-management system.'],
];

/** The metrics domain: indicator catalogue, sources, observations (several sources side by side), CSV imports. */
export class Metrics1796156646279 implements MigrationInterface {
  name = 'Metrics1796156646279';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "metric_indicators" (
      "id" integer GENERATED ALWAYS AS IDENTITY NOT NULL,
      "code" text NOT NULL,
      "name_id" text NOT NULL,
      "name_en" text NOT NULL,
      "definition_id" text,
      "definition_en" text,
      "unit" text NOT NULL,
      "direction" text NOT NULL,
      "category" text NOT NULL,
      "standard" text NOT NULL,
      "standard_ref" text,
      "normalisable" boolean NOT NULL DEFAULT true,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "metric_indicators_code" UNIQUE ("code"),
      CONSTRAINT "metric_indicators_code_format" CHECK (code ~ '^[a-z][a-z0-9_]{1,62}$'),
      CONSTRAINT "metric_indicators_direction" CHECK (direction IN ('higher_better', 'lower_better', 'neutral')),
      CONSTRAINT "metric_indicators_category" CHECK (category IN ('demography', 'geography', 'governance', 'economy', 'environment', 'mobility', 'safety', 'health', 'education', 'ict', 'housing')),
      CONSTRAINT "metric_indicators_standard" CHECK (standard IN ('iso_37120', 'iso_37122', 'sdg_11', 'bps', 'ikcc', 'custom')),
      CONSTRAINT "PK_metric_indicators" PRIMARY KEY ("id"))`);
    await q.query(`CREATE TABLE "metric_sources" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organisation" text NOT NULL,
      "title" text NOT NULL,
      "url" text,
      "published_on" date,
      "licence" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_metric_sources" PRIMARY KEY ("id"))`);
    await q.query(`CREATE UNIQUE INDEX "metric_sources_identity" ON "metric_sources" ("organisation", "title", "url", "published_on") NULLS NOT DISTINCT`);
    await q.query(`CREATE TABLE "metric_imports" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "city_id" integer,
      "file_name" text NOT NULL,
      "file_sha256" text NOT NULL,
      "byte_size" integer NOT NULL,
      "content" bytea,
      "status" text NOT NULL DEFAULT 'uploaded',
      "options" jsonb,
      "row_count" integer,
      "created_by" uuid,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "committed_at" TIMESTAMP WITH TIME ZONE,
      "undone_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "metric_imports_status" CHECK (status IN ('uploaded', 'committed', 'undone')),
      CONSTRAINT "PK_metric_imports" PRIMARY KEY ("id"))`);
    await q.query(`ALTER TABLE "metric_imports" ADD CONSTRAINT "metric_imports_city" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "metric_imports" ADD CONSTRAINT "metric_imports_created_by" FOREIGN KEY ("created_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`CREATE INDEX "metric_imports_by_creator" ON "metric_imports" ("created_by")`);
    // The same file is committed once for a city (or once by platform admins, city NULL).
    await q.query(`CREATE UNIQUE INDEX "metric_imports_once" ON "metric_imports" ("file_sha256", "city_id") NULLS NOT DISTINCT WHERE status = 'committed'`);
    await q.query(`CREATE TABLE "metric_observations" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "city_id" integer NOT NULL,
      "practice_id" uuid,
      "indicator_id" integer NOT NULL,
      "year" smallint NOT NULL,
      "period_kind" text NOT NULL DEFAULT 'year',
      "period_no" smallint NOT NULL DEFAULT 0,
      "value" numeric NOT NULL,
      "source_id" uuid NOT NULL,
      "quality" text NOT NULL,
      "is_demo" boolean NOT NULL DEFAULT false,
      "note" text,
      "import_id" uuid,
      "entered_by" uuid,
      "entered_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "metric_observations_quality" CHECK (quality IN ('official', 'self_reported', 'estimated', 'demo')),
      CONSTRAINT "metric_observations_demo" CHECK (is_demo = (quality = 'demo')),
      CONSTRAINT "metric_observations_period_kind" CHECK (period_kind IN ('year', 'quarter', 'month')),
      CONSTRAINT "metric_observations_period_no" CHECK ((period_kind = 'year' AND period_no = 0) OR (period_kind = 'quarter' AND period_no BETWEEN 1 AND 4) OR (period_kind = 'month' AND period_no BETWEEN 1 AND 12)),
      CONSTRAINT "metric_observations_year" CHECK (year BETWEEN 1900 AND 2100),
      CONSTRAINT "metric_observations_value" CHECK (value <> 'NaN'),
      CONSTRAINT "PK_metric_observations" PRIMARY KEY ("id"))`);
    await q.query(`ALTER TABLE "metric_observations" ADD CONSTRAINT "metric_observations_city" FOREIGN KEY ("city_id") REFERENCES "cities"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "metric_observations" ADD CONSTRAINT "metric_observations_practice" FOREIGN KEY ("practice_id") REFERENCES "practices"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "metric_observations" ADD CONSTRAINT "metric_observations_indicator" FOREIGN KEY ("indicator_id") REFERENCES "metric_indicators"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "metric_observations" ADD CONSTRAINT "metric_observations_source" FOREIGN KEY ("source_id") REFERENCES "metric_sources"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "metric_observations" ADD CONSTRAINT "metric_observations_import" FOREIGN KEY ("import_id") REFERENCES "metric_imports"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await q.query(`ALTER TABLE "metric_observations" ADD CONSTRAINT "metric_observations_entered_by" FOREIGN KEY ("entered_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await q.query(`CREATE UNIQUE INDEX "metric_observations_once" ON "metric_observations" ("city_id", "practice_id", "indicator_id", "year", "period_kind", "period_no", "source_id") NULLS NOT DISTINCT`);
    await q.query(`CREATE INDEX "metric_observations_indicator_year" ON "metric_observations" ("indicator_id", "year", "city_id")`);
    await q.query(`CREATE INDEX "metric_observations_city_indicator" ON "metric_observations" ("city_id", "indicator_id", "year")`);
    await q.query(`CREATE INDEX "metric_observations_by_source" ON "metric_observations" ("source_id")`);
    await q.query(`CREATE INDEX "metric_observations_by_practice" ON "metric_observations" ("practice_id", "indicator_id", "year") WHERE practice_id IS NOT NULL`);
    await q.query(`CREATE INDEX "metric_observations_by_import" ON "metric_observations" ("import_id") WHERE import_id IS NOT NULL`);
    for (const [code, nameId, nameEn, unit, direction, category, standard, ref, normalisable, definitionId, definitionEn] of SEED) {
      await q.query(
        `INSERT INTO metric_indicators (code, name_id, name_en, unit, direction, category, standard, standard_ref, normalisable, definition_id, definition_en)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [code, nameId, nameEn, unit, direction, category, standard, ref, normalisable, definitionId, definitionEn],
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "metric_observations"`);
    await q.query(`DROP TABLE "metric_imports"`);
    await q.query(`DROP TABLE "metric_sources"`);
    await q.query(`DROP TABLE "metric_indicators"`);
  }
}
