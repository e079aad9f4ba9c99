/** The demo library's practices. Every one is marked demo in the data (is_demo) and says so in its text. */
export interface DemoText {
  title: string;
  summary: string;
  problem: string;
  approach: string;
  results: string;
  lessons: string;
}

export interface DemoPractice {
  cityCode: string;
  agency: string;
  topic: string;
  dimensions: string[];
  sdgs: number[];
  tags: string[];
  startYear?: number;
  links?: { url: string; label: string }[];
  texts: { id?: DemoText; en?: DemoText };
}

const ARTICLE = {
  url: 'https://beritasumut.com',
  label: 'Beritasumut.com (2018): Kota Solok pelajari pengelolaan aset dan program smart city ke Kota Medan',
};
const BASED_ON_ARTICLE_ID =
  '*Teks demo.* Disusun berdasarkan berita Beritasumut.com tentang kunjungan kerja Pemerintah Kota Solok ke Kota Medan pada 5 Oktober 2018; uraian rinciannya adalah contoh, bukan pernyataan Pemerintah Kota Medan.';
const BASED_ON_ARTICLE_EN =
  "*Demo text.* Based on a Beritasumut.com news article about Kota Solok's working visit to Kota Medan on 5 October 2018; the details are illustrative, not statements of the Medan city government.";
const INVENTED_ID = '*Contoh demo rekaan* untuk memperlihatkan pustaka praktik; bukan uraian program nyata kota ini.';
const INVENTED_EN = '*Invented demo example* to show the practice library; not a description of a real program of this city.';

/** An invented practice: its texts open with the notice that they are invented. */
function invented(text: DemoText, language: 'id' | 'en'): DemoText {
  return { ...text, summary: `${language === 'id' ? INVENTED_ID : INVENTED_EN} ${text.summary}` };
}

export const DEMO_PRACTICE_TEXTS: DemoPractice[] = [
  {
    cityCode: '12.71',
    agency: 'Badan Pengelolaan Keuangan dan Aset Daerah',
    topic: 'finance_assets',
    dimensions: ['governance'],
    sdgs: [11, 16],
    tags: ['aset daerah', 'barang milik daerah', 'inventarisasi'],
    links: [ARTICLE],
    texts: {
      id: {
        title: 'Pengelolaan aset daerah Kota Medan',
        summary: `${BASED_ON_ARTICLE_ID} Pengelolaan aset daerah Kota Medan dinilai baik oleh Pemerintah Kota Solok, yang datang untuk mempelajarinya.`,
        problem: 'Aset daerah yang tidak tercatat lengkap menyulitkan pemeliharaan, pemanfaatan, dan pertanggungjawaban keuangan daerah.',
        approach:
          '- Inventarisasi barang milik daerah per perangkat daerah\n- Pencatatan dan penilaian aset dalam satu sistem\n- Penertiban aset yang dikuasai pihak lain\n- Pelaporan aset yang selaras dengan laporan keuangan',
        results: 'Dalam berita tahun 2018, Pemerintah Kota Solok menyebut pengelolaan aset Kota Medan "sangat baik" dan menjadikannya bahan belajar.',
        lessons: 'Mengelola aset dimulai dari data yang lengkap: catat dulu, baru manfaatkan dan pertanggungjawabkan.',
      },
      en: {
        title: 'Regional asset management in Kota Medan',
        summary: `${BASED_ON_ARTICLE_EN} Kota Solok's government judged Medan's management of regional assets to be very good and came to learn from it.`,
        problem: 'Regional assets that are not fully recorded are hard to maintain, use and account for.',
        approach:
          '- An inventory of regional property per agency\n- Recording and valuing assets in one system\n- Recovering assets held by others\n- Asset reports consistent with the financial statements',
        results: 'In the 2018 article, Kota Solok called Medan\'s asset management "very good" and a reason for its visit.',
        lessons: 'Managing assets starts with complete records: record first, then use and account for them.',
      },
    },
  },
  {
    cityCode: '12.71',
    agency: 'Dinas Komunikasi dan Informatika',
    topic: 'public_services',
    dimensions: ['governance', 'society'],
    sdgs: [11, 16],
    tags: ['aplikasi', 'pengaduan warga', 'smart city'],
    links: [ARTICLE],
    texts: {
      id: {
        title: 'Aplikasi Medan Rumah Kita',
        summary: `${BASED_ON_ARTICLE_ID} Medan Rumah Kita adalah aplikasi yang disebut Wakil Wali Kota Medan sebagai bagian dari pengembangan smart city Kota Medan.`,
        problem: 'Warga memerlukan satu saluran untuk menyampaikan pengaduan dan memperoleh informasi layanan kota.',
        approach: 'Sebuah aplikasi warga yang menghimpun pengaduan, informasi, dan layanan pemerintah kota, lalu meneruskan laporan kepada perangkat daerah yang berwenang.',
        results: 'Pada 2018 aplikasi ini disebut sebagai salah satu pilar smart city Kota Medan.',
        lessons: 'Aplikasi pengaduan warga hanya berguna bila setiap laporan ditindaklanjuti dan warga dapat melihat tindak lanjutnya.',
      },
      en: {
        title: 'The Medan Rumah Kita citizen app',
        summary: `${BASED_ON_ARTICLE_EN} Medan Rumah Kita is the app the deputy mayor of Medan named as part of the city's smart-city development.`,
        problem: 'Citizens need one channel for complaints and for information about city services.',
        approach: 'A citizen app that collects complaints, information and city services and forwards each report to the agency responsible.',
        results: 'In 2018 the app was named as one of the pillars of Medan\'s smart city.',
        lessons: 'A complaint app is only useful when every report is followed up and citizens can see the follow-up.',
      },
    },
  },
  {
    cityCode: '12.71',
    agency: 'Dinas Komunikasi dan Informatika',
    topic: 'digital_infrastructure',
    dimensions: ['governance', 'living'],
    sdgs: [9, 11],
    tags: ['data center', 'command center', 'smart city'],
    startYear: 2018,
    links: [ARTICLE],
    texts: {
      id: {
        title: 'Data Center dan Command Center Kota Medan',
        summary: `${BASED_ON_ARTICLE_ID} Pada 2018 Kota Medan sedang membangun Data Center dan Command Center untuk mendukung smart city.`,
        problem: 'Data dan pemantauan layanan kota tersebar di banyak perangkat daerah, sehingga sulit dipakai bersama untuk mengambil keputusan.',
        approach: 'Membangun pusat data bersama bagi perangkat daerah dan ruang kendali (command center) untuk memantau layanan dan kejadian di kota.',
        results: 'Menurut berita tersebut, pembangunan keduanya sedang berjalan pada Oktober 2018.',
        lessons: 'Pusat data dan ruang kendali baru berdaya guna bila perangkat daerah sepakat berbagi data sejak awal.',
      },
    },
  },
  {
    cityCode: '35.78',
    agency: 'Dinas Lingkungan Hidup',
    topic: 'waste',
    dimensions: ['environment', 'society'],
    sdgs: [11, 12],
    tags: ['bank sampah', 'daur ulang', 'kelurahan'],
    texts: {
      id: invented(
        {
          title: 'Bank sampah di setiap kelurahan',
          summary: 'Warga menabung sampah terpilah dan menerima nilai tukarnya.',
          problem: 'Sampah rumah tangga yang tidak dipilah memenuhi tempat pembuangan akhir.',
          approach: 'Setiap kelurahan membuka bank sampah yang dikelola kader warga, dengan jadwal setor mingguan dan pembeli daur ulang yang tetap.',
          results: 'Sampah terpilah yang tercatat di bank sampah naik dari bulan ke bulan.',
          lessons: 'Pembeli daur ulang yang pasti membuat warga mau memilah.',
        },
        'id',
      ),
      en: invented(
        {
          title: 'A waste bank in every neighbourhood',
          summary: 'Residents deposit sorted waste and are credited its value.',
          problem: 'Unsorted household waste fills the landfill.',
          approach: 'Each kelurahan runs a waste bank managed by volunteers, with weekly deposits and a fixed buyer for recyclables.',
          results: 'Sorted waste recorded by the waste banks grows month by month.',
          lessons: 'A certain buyer for recyclables makes people willing to sort.',
        },
        'en',
      ),
    },
  },
  {
    cityCode: '32.73',
    agency: 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu',
    topic: 'public_services',
    dimensions: ['governance'],
    sdgs: [16],
    tags: ['perizinan', 'layanan daring'],
    texts: {
      id: invented(
        {
          title: 'Perizinan usaha daring satu pintu',
          summary: 'Permohonan izin diajukan dan dilacak secara daring.',
          problem: 'Pemohon izin harus datang berkali-kali dan tidak tahu posisi berkasnya.',
          approach: 'Satu formulir daring untuk semua izin usaha, status berkas yang dapat dilacak, dan batas waktu layanan yang diumumkan.',
          results: 'Pemohon tidak perlu datang kecuali untuk pemeriksaan lapangan.',
          lessons: 'Umumkan batas waktu layanan: janji yang terlihat mendorong perangkat daerah menepatinya.',
        },
        'id',
      ),
    },
  },
  {
    cityCode: '35.10',
    agency: 'Dinas Kebudayaan dan Pariwisata',
    topic: 'tourism_culture',
    dimensions: ['branding', 'economy'],
    sdgs: [8],
    tags: ['festival', 'pariwisata', 'desa wisata'],
    texts: {
      id: invented(
        {
          title: 'Kalender festival desa sepanjang tahun',
          summary: 'Festival desa dijadwalkan dalam satu kalender tahunan agar wisatawan datang sepanjang tahun.',
          problem: 'Kunjungan wisatawan menumpuk pada musim libur saja.',
          approach: 'Desa mengusulkan festivalnya; kabupaten menyusun kalender, mempromosikannya, dan melatih pengelola desa wisata.',
          results: 'Kunjungan lebih merata antarbulan.',
          lessons: 'Festival yang lahir dari desa sendiri bertahan lebih lama daripada acara titipan.',
        },
        'id',
      ),
      en: invented(
        {
          title: 'A year-round calendar of village festivals',
          summary: 'Village festivals are scheduled in one yearly calendar so visitors come all year.',
          problem: 'Visitors crowd in during the holidays only.',
          approach: 'Villages propose their festivals; the regency compiles the calendar, promotes it and trains village tourism managers.',
          results: 'Visits spread more evenly over the months.',
          lessons: 'Festivals that come from the villages themselves last longer than imposed events.',
        },
        'en',
      ),
    },
  },
  {
    cityCode: '73.71',
    agency: 'Dinas Kesehatan',
    topic: 'health',
    dimensions: ['living', 'society'],
    sdgs: [3],
    tags: ['layanan kesehatan', 'kunjungan rumah'],
    texts: {
      id: invented(
        {
          title: 'Dokter dan perawat datang ke rumah',
          summary: 'Warga lanjut usia dan sakit berat dilayani di rumah lewat panggilan telepon.',
          problem: 'Pasien yang sulit bepergian tidak sampai ke puskesmas.',
          approach: 'Nomor panggilan bebas pulsa, tim puskesmas keliling, dan kendaraan layanan per kecamatan.',
          results: 'Kunjungan rumah tercatat dan ditindaklanjuti puskesmas terdekat.',
          lessons: 'Layanan keliling perlu jadwal tetap agar tidak mengganggu layanan di puskesmas.',
        },
        'id',
      ),
    },
  },
  {
    cityCode: '33.74',
    agency: 'Badan Penanggulangan Bencana Daerah',
    topic: 'disaster',
    dimensions: ['environment', 'living'],
    sdgs: [11, 13],
    tags: ['banjir rob', 'peringatan dini', 'sensor'],
    texts: {
      id: invented(
        {
          title: 'Peringatan dini banjir rob berbasis sensor',
          summary: 'Sensor muka air mengirim peringatan kepada warga sebelum rob datang.',
          problem: 'Banjir rob datang tanpa peringatan yang cukup bagi warga pesisir.',
          approach: 'Sensor muka air di muara dan saluran, ambang batas yang disepakati, dan pesan singkat kepada ketua RT.',
          results: 'Warga sempat mengamankan barang sebelum air naik.',
          lessons: 'Peringatan harus sampai ke orang yang dapat bertindak, bukan hanya ke ruang kendali.',
        },
        'id',
      ),
    },
  },
  {
    cityCode: '34.71',
    agency: 'Dinas Perhubungan',
    topic: 'transport',
    dimensions: ['living', 'environment'],
    sdgs: [11],
    tags: ['pejalan kaki', 'pesepeda', 'trotoar'],
    texts: {
      en: invented(
        {
          title: 'A walkable city centre',
          summary: 'Wider pavements and safe crossings in the centre, with cycling routes linking the schools.',
          problem: 'Narrow, blocked pavements pushed pedestrians onto the road.',
          approach: 'Pavements cleared and widened street by street, crossings raised, and cycling routes marked from neighbourhoods to schools.',
          results: 'More people walk and cycle in the centre.',
          lessons: 'Start with the streets people already walk; the network grows from there.',
        },
        'en',
      ),
    },
  },
  {
    cityCode: '51.71',
    agency: 'Dinas Pekerjaan Umum dan Penataan Ruang',
    topic: 'water_sanitation',
    dimensions: ['environment'],
    sdgs: [6],
    tags: ['air limbah', 'sanitasi', 'IPAL komunal'],
    texts: {
      id: invented(
        {
          title: 'Pengolahan air limbah komunal',
          summary: 'Instalasi pengolahan air limbah bersama untuk permukiman padat.',
          problem: 'Air limbah rumah tangga mencemari sungai dan sumur warga.',
          approach: 'IPAL komunal yang dibangun bersama warga, dengan kelompok pengelola dan iuran pemeliharaan.',
          results: 'Rumah tangga di permukiman padat tersambung ke IPAL.',
          lessons: 'Kelompok pengelola dari warga menjaga instalasi tetap berfungsi setelah proyek selesai.',
        },
        'id',
      ),
    },
  },
  {
    cityCode: '64.71',
    agency: 'Dinas Lingkungan Hidup',
    topic: 'environment',
    dimensions: ['environment', 'living'],
    sdgs: [11, 15],
    tags: ['hutan kota', 'ruang terbuka hijau'],
    texts: {
      id: invented(
        {
          title: 'Hutan kota di tengah permukiman',
          summary: 'Lahan kota yang terbengkalai dijadikan hutan kota yang dirawat bersama warga.',
          problem: 'Ruang terbuka hijau berkurang dan kota makin panas.',
          approach: 'Inventarisasi lahan kota, penanaman pohon lokal, dan kelompok warga pengasuh pohon.',
          results: 'Ruang terbuka hijau bertambah dan menjadi tempat kegiatan warga.',
          lessons: 'Pohon lokal lebih tahan dan lebih murah dirawat.',
        },
        'id',
      ),
    },
  },
  {
    cityCode: '13.71',
    agency: 'Dinas Pendidikan',
    topic: 'education',
    dimensions: ['society'],
    sdgs: [4, 11],
    tags: ['sekolah siaga bencana', 'gempa', 'tsunami'],
    texts: {
      id: invented(
        {
          title: 'Sekolah siaga bencana',
          summary: 'Setiap sekolah di zona rawan berlatih evakuasi gempa dan tsunami secara berkala.',
          problem: 'Siswa dan guru belum tahu jalur dan titik kumpul evakuasi.',
          approach: 'Peta jalur evakuasi di setiap sekolah, latihan tiap semester, dan guru penanggung jawab siaga bencana.',
          results: 'Waktu evakuasi dalam latihan makin singkat.',
          lessons: 'Latihan yang rutin lebih berharga daripada sosialisasi sekali.',
        },
        'id',
      ),
    },
  },
  {
    cityCode: '34.01',
    agency: 'Dinas Perdagangan',
    topic: 'economy',
    dimensions: ['economy'],
    sdgs: [8, 12],
    tags: ['UMKM', 'produk lokal', 'belanja daerah'],
    texts: {
      id: invented(
        {
          title: 'Gerakan membeli produk lokal',
          summary: 'Belanja pemerintah daerah dan toko modern mengutamakan produk UMKM setempat.',
          problem: 'Uang belanja warga dan pemerintah mengalir ke luar daerah.',
          approach: 'Kewajiban etalase produk lokal di toko modern dan katalog UMKM untuk pengadaan pemerintah daerah.',
          results: 'UMKM setempat mendapat pembeli tetap.',
          lessons: 'UMKM perlu pendampingan mutu dan kemasan agar sanggup memenuhi pesanan besar.',
        },
        'id',
      ),
      en: invented(
        {
          title: 'Buy local',
          summary: 'Regional government purchases and modern shops give priority to local small businesses.',
          problem: 'Residents\' and the government\'s spending flowed out of the region.',
          approach: 'Shelf space for local products in modern shops and a catalogue of small businesses for government procurement.',
          results: 'Local small businesses gained regular buyers.',
          lessons: 'Small businesses need support on quality and packaging to fill large orders.',
        },
        'en',
      ),
    },
  },
  {
    cityCode: '14.71',
    agency: 'Badan Perencanaan Pembangunan Daerah',
    topic: 'governance',
    dimensions: ['governance'],
    sdgs: [16],
    tags: ['dasbor', 'kinerja', 'data'],
    texts: {
      id: invented(
        {
          title: 'Dasbor kinerja perangkat daerah',
          summary: 'Capaian program setiap perangkat daerah ditampilkan dalam satu dasbor yang dibahas tiap bulan.',
          problem: 'Capaian program baru diketahui di akhir tahun, saat sudah terlambat untuk diperbaiki.',
          approach: 'Indikator yang disepakati, data yang diisi tiap bulan, dan rapat evaluasi yang membahas dasbor.',
          results: 'Program yang tertinggal terlihat lebih awal.',
          lessons: 'Sedikit indikator yang diperbarui rutin lebih berguna daripada banyak indikator yang usang.',
        },
        'id',
      ),
    },
  },
  {
    cityCode: '81.71',
    agency: 'Dinas Pariwisata',
    topic: 'tourism_culture',
    dimensions: ['branding', 'society'],
    sdgs: [8, 11],
    tags: ['musik', 'ekonomi kreatif', 'ruang publik'],
    texts: {
      id: invented(
        {
          title: 'Ruang musik untuk warga',
          summary: 'Ruang publik disediakan untuk latihan dan pertunjukan musik warga.',
          problem: 'Musisi muda tidak punya tempat berlatih dan tampil.',
          approach: 'Jadwal pemakaian ruang publik, peralatan bersama, dan pertunjukan bulanan yang terbuka.',
          results: 'Pertunjukan warga rutin berlangsung di ruang publik.',
          lessons: 'Kota yang dikenal karena musiknya perlu ruang bagi warganya bermusik.',
        },
        'id',
      ),
    },
  },
  {
    cityCode: '91.71',
    agency: 'Dinas Sosial',
    topic: 'social_welfare',
    dimensions: ['society', 'governance'],
    sdgs: [1, 10],
    tags: ['bantuan sosial', 'data terpadu'],
    texts: {
      id: invented(
        {
          title: 'Pendataan terpadu penerima bantuan sosial',
          summary: 'Satu daftar penerima bantuan yang diperbarui bersama kelurahan.',
          problem: 'Daftar penerima bantuan berbeda-beda antarprogram sehingga ada yang terlewat dan ada yang ganda.',
          approach: 'Verifikasi bersama kelurahan, satu basis data untuk semua program, dan jalur sanggah bagi warga.',
          results: 'Data ganda berkurang dan warga yang terlewat dapat mengajukan diri.',
          lessons: 'Jalur sanggah membuat data lebih benar daripada verifikasi dari kantor saja.',
        },
        'id',
      ),
    },
  },
];
