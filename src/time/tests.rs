//! Table-driven tests of the date engine, and the seed articles.
//!
//! `CASES` is the single source of truth for `bench/dates/cases.jsonl`
//! (regenerate with `cargo test --target-dir target/cargo --lib time::tests::export_cases -- --ignored`;
//! `cases_file_is_in_sync` fails when it is stale).

use super::*;
use crate::lexicon::Lexicon;

/// One case: (text, language, anchor, expected surface, start, end, precision).
///
/// - anchor: `YYYY-MM-DD` = anchor date (and bound); `~YYYY-MM-DD` = no anchor date,
///   only the bound (reference date / today); `""` = neither.
/// - surface `""`: the text holds no date expression at all.
/// - start `""`: the expression is found but unresolved (`span: None`).
/// - precision `day!`: a day whose weekday contradicts it (`weekday_conflict`).
pub(crate) type Case = (&'static str, &'static str, &'static str, &'static str, &'static str, &'static str, &'static str);

const A: &str = "2022-11-08"; // Tuesday
const B: &str = "2024-10-10"; // Thursday
const C: &str = "2023-10-20"; // Friday
const T: &str = "~2026-11-24"; // no anchor, bound = today

#[rustfmt::skip]
pub(crate) const CASES: &[Case] = &[
    // ---------------------------------------------------------------- Indonesian
    // a year glued to the same date printed again ("Dec 202223 Dec"): the first date ends after four digits; an id number does not split
    ("Published On 23 Dec 202223 Dec 2022", "en", "", "23 Dec 2022", "2022-12-23", "2022-12-23", "day"),
    ("Keputusan Nomor 202312 Tahun 2023", "id", "", "Tahun 2023", "2023-01-01", "2023-12-31", "year"),
    // weekday + (d/m): year inferred from the weekday, not after the bound / anchor
    ("Korea Utara pada Kamis (22/9) menegaskan, mereka tidak pernah memasok Rusia", "id", T, "Kamis (22/9)", "2022-09-22", "2022-09-22", "day"),
    ("Korea Utara pada Kamis (22/9) menegaskan", "id", "2022-09-22", "Kamis (22/9)", "2022-09-22", "2022-09-22", "day"),
    ("Korea Utara pada Selasa (8/11) menuduh AS berbohong.", "id", T, "Selasa (8/11)", "2022-11-08", "2022-11-08", "day"),
    ("Stasiun televisi itu menyiarkan komentar Lavrov itu pada Jumat (20/10).", "id", T, "Jumat (20/10)", "2023-10-20", "2023-10-20", "day"),
    ("Pada Kamis (19/10), Lavrov dan Kim membahas upaya-upaya bersama", "id", C, "Kamis (19/10)", "2023-10-19", "2023-10-19", "day"),
    ("Rabu (22/9) pemerintah mengumumkan", "id", T, "Rabu (22/9)", "2021-09-22", "2021-09-22", "day"),
    ("Sabtu (22/9) lalu", "id", T, "Sabtu (22/9)", "2018-09-22", "2018-09-22", "day"),
    ("pada Jumat (22/9) malam", "id", T, "Jumat (22/9)", "2023-09-22", "2023-09-22", "day"),
    ("Minggu (13/11) kemarin", "id", T, "Minggu (13/11)", "2022-11-13", "2022-11-13", "day"),
    ("Minggu (13/11)", "id", A, "Minggu (13/11)", "2016-11-13", "2016-11-13", "day"),
    ("Jum'at (20/10) pagi", "id", T, "Jum'at (20/10)", "2023-10-20", "2023-10-20", "day"),
    ("Kamis (22/9/2022) lalu", "id", A, "Kamis (22/9/2022)", "2022-09-22", "2022-09-22", "day"),
    ("Senin (22/9/2022)", "id", A, "Senin (22/9/2022)", "2022-09-22", "2022-09-22", "day!"),
    ("Selasa, 8 November 2022 15:10 WIB", "id", "", "Selasa, 8 November 2022", "2022-11-08", "2022-11-08", "day"),
    ("seperti dikutip Global News, Selasa 8 November 2022", "id", "", "Selasa 8 November 2022", "2022-11-08", "2022-11-08", "day"),
    ("Rabu, 8 November 2022", "id", "", "Rabu, 8 November 2022", "2022-11-08", "2022-11-08", "day!"),
    ("Jum'at, 20 Juni 2025 |11:58 WIB", "id", "", "Jum'at, 20 Juni 2025", "2025-06-20", "2025-06-20", "day"),
    ("Kamis (22/9)", "id", "", "Kamis (22/9)", "", "", ""),
    // relative days
    ("kemarin", "id", A, "kemarin", "2022-11-07", "2022-11-07", "day"),
    ("Kemarin, presiden mengatakan", "id", A, "Kemarin", "2022-11-07", "2022-11-07", "day"),
    ("hari ini", "id", A, "hari ini", "2022-11-08", "2022-11-08", "day"),
    ("Pertemuan digelar hari ini di Jakarta", "id", A, "hari ini", "2022-11-08", "2022-11-08", "day"),
    ("besok", "id", A, "besok", "2022-11-09", "2022-11-09", "day"),
    ("lusa", "id", A, "lusa", "2022-11-10", "2022-11-10", "day"),
    ("kemarin lusa", "id", A, "kemarin lusa", "2022-11-06", "2022-11-06", "day"),
    ("tadi malam", "id", A, "tadi malam", "2022-11-07", "2022-11-07", "day"),
    ("dua hari lalu", "id", A, "dua hari lalu", "2022-11-06", "2022-11-06", "day"),
    ("3 hari yang lalu", "id", A, "3 hari yang lalu", "2022-11-05", "2022-11-05", "day"),
    ("tiga hari lalu", "id", A, "tiga hari lalu", "2022-11-05", "2022-11-05", "day"),
    ("Sepuluh hari lalu, dia tiba", "id", A, "Sepuluh hari lalu", "2022-10-29", "2022-10-29", "day"),
    ("dua hari lagi", "id", A, "dua hari lagi", "2022-11-10", "2022-11-10", "day"),
    // one word for one unit; a count from the last date, read against the anchor when the text gave none
    ("sebulan lalu", "id", A, "sebulan lalu", "2022-10-01", "2022-10-31", "month"),
    ("sehari sebelumnya", "id", A, "sehari sebelumnya", "2022-11-07", "2022-11-07", "day"),
    ("dua hari kemudian", "id", A, "dua hari kemudian", "2022-11-10", "2022-11-10", "day"),
    ("two days later", "en", A, "two days later", "2022-11-10", "2022-11-10", "day"),
    ("a day earlier", "en", A, "a day earlier", "2022-11-07", "2022-11-07", "day"),
    // weeks
    ("pekan lalu", "id", A, "pekan lalu", "2022-10-31", "2022-11-06", "week"),
    // a range of days before or after its month: one interval
    ("para prajurit diangkut ke Vladivostok pada 8-13 Oktober", "id", C, "8-13 Oktober", "2023-10-08", "2023-10-13", "week"),
    ("antara 1-20 September 2022 lalu", "id", A, "1-20 September 2022 lalu", "2022-09-01", "2022-09-20", "month"),
    ("were shipped on Oct. 8-13, 2024, officials said", "en", T, "Oct. 8-13, 2024", "2024-10-08", "2024-10-13", "week"),
    ("ships sailed on 8-13 October", "en", A, "8-13 October", "2022-10-08", "2022-10-13", "week"),
    ("Ukraina unggul 8-13 atas lawannya", "id", A, "", "", "", ""),
    // a range spelled with a word between the days
    ("pertemuan digelar antara 8 dan 13 Oktober 2024 di Moskow", "id", C, "8 dan 13 Oktober 2024", "2024-10-08", "2024-10-13", "week"),
    ("latihan berlangsung 1 hingga 20 September lalu", "id", A, "1 hingga 20 September lalu", "2022-09-01", "2022-09-20", "month"),
    ("pada 8 sampai dengan 13 Oktober", "id", C, "8 sampai dengan 13 Oktober", "2023-10-08", "2023-10-13", "week"),
    ("talks held between 8 and 13 October 2024 in Moscow", "en", C, "8 and 13 October 2024", "2024-10-08", "2024-10-13", "week"),
    ("he toured the region from Oct. 8 to 13, officials said", "en", C, "Oct. 8 to 13", "2023-10-08", "2023-10-13", "week"),
    ("between October 8 and 13, 2024, the ships sailed", "en", C, "October 8 and 13, 2024", "2024-10-08", "2024-10-13", "week"),
    // days in the wrong order, or no month after the second day, are no range
    ("on 13 and 8 October", "en", C, "8 October", "2023-10-08", "2023-10-08", "day"),
    ("they won 8 to 13 in October", "en", C, "October", "2023-10-01", "2023-10-31", "month"),
    ("Pekan lalu, Rusia mengirimi pemimpin Korea Utara", "id", A, "Pekan lalu", "2022-10-31", "2022-11-06", "week"),
    ("John Kirby mengatakan pekan lalu bahwa", "id", A, "pekan lalu", "2022-10-31", "2022-11-06", "week"),
    ("Gedung Putih mengatakan pada pekan lalu bahwa", "id", C, "pekan lalu", "2023-10-09", "2023-10-15", "week"),
    ("minggu lalu", "id", A, "minggu lalu", "2022-10-31", "2022-11-06", "week"),
    ("Minggu lalu, polisi menangkap", "id", A, "Minggu lalu", "2022-10-31", "2022-11-06", "week"),
    ("pekan depan", "id", A, "pekan depan", "2022-11-14", "2022-11-20", "week"),
    ("minggu depan", "id", A, "minggu depan", "2022-11-14", "2022-11-20", "week"),
    ("pekan ini", "id", A, "pekan ini", "2022-11-07", "2022-11-13", "week"),
    ("Lavrov melakukan lawatan ke Pyongyang pekan ini", "id", C, "pekan ini", "2023-10-16", "2023-10-22", "week"),
    ("minggu ini", "id", A, "minggu ini", "2022-11-07", "2022-11-13", "week"),
    ("pekan yang lalu", "id", A, "pekan yang lalu", "2022-10-31", "2022-11-06", "week"),
    ("dua pekan lalu", "id", A, "dua pekan lalu", "2022-10-24", "2022-10-30", "week"),
    ("satu minggu yang lalu", "id", A, "satu minggu yang lalu", "2022-10-31", "2022-11-06", "week"),
    ("pekan mendatang", "id", A, "pekan mendatang", "2022-11-14", "2022-11-20", "week"),
    // months and years
    ("bulan lalu", "id", A, "bulan lalu", "2022-10-01", "2022-10-31", "month"),
    ("Bulan lalu, kedua pemimpin negara saling berkirim surat", "id", "2022-09-22", "Bulan lalu", "2022-08-01", "2022-08-31", "month"),
    ("bulan depan", "id", A, "bulan depan", "2022-12-01", "2022-12-31", "month"),
    ("bulan ini", "id", A, "bulan ini", "2022-11-01", "2022-11-30", "month"),
    ("tiga bulan lalu", "id", A, "tiga bulan lalu", "2022-08-01", "2022-08-31", "month"),
    ("3 bulan mendatang", "id", A, "3 bulan mendatang", "2023-02-01", "2023-02-28", "month"),
    ("tahun lalu", "id", A, "tahun lalu", "2021-01-01", "2021-12-31", "year"),
    ("Sejak tahun lalu, AS menuduh Korea Utara", "id", C, "tahun lalu", "2022-01-01", "2022-12-31", "year"),
    ("tahun depan", "id", A, "tahun depan", "2023-01-01", "2023-12-31", "year"),
    ("tahun ini", "id", A, "tahun ini", "2022-01-01", "2022-12-31", "year"),
    ("dua tahun lalu", "id", A, "dua tahun lalu", "2020-01-01", "2020-12-31", "year"),
    ("tahun yang lalu", "id", A, "tahun yang lalu", "2021-01-01", "2021-12-31", "year"),
    // parts of periods
    ("wakil juru bicara Vedant Patel awal bulan ini.", "id", "2022-09-22", "awal bulan ini", "2022-09-01", "2022-09-10", "week"),
    ("awal bulan ini", "id", A, "awal bulan ini", "2022-11-01", "2022-11-10", "week"),
    ("pertengahan bulan ini", "id", A, "pertengahan bulan ini", "2022-11-11", "2022-11-20", "week"),
    ("akhir bulan ini", "id", A, "akhir bulan ini", "2022-11-21", "2022-11-30", "week"),
    ("akhir bulan lalu", "id", A, "akhir bulan lalu", "2022-10-21", "2022-10-31", "week"),
    ("awal tahun ini", "id", A, "awal tahun ini", "2022-01-01", "2022-04-30", "quarter"),
    ("akhir tahun lalu", "id", A, "akhir tahun lalu", "2021-09-01", "2021-12-31", "quarter"),
    ("pertengahan tahun depan", "id", A, "pertengahan tahun depan", "2023-05-01", "2023-08-31", "quarter"),
    ("pertengahan September", "id", A, "pertengahan September", "2022-09-11", "2022-09-20", "week"),
    ("awal Oktober 2022", "id", A, "awal Oktober 2022", "2022-10-01", "2022-10-10", "week"),
    ("akhir 2022", "id", A, "akhir 2022", "2022-09-01", "2022-12-31", "quarter"),
    ("pada awal tahun 2023", "id", A, "awal tahun 2023", "2023-01-01", "2023-04-30", "quarter"),
    ("awal pekan ini", "id", A, "awal pekan ini", "2022-11-07", "2022-11-08", "week"),
    ("akhir pekan lalu", "id", A, "akhir pekan lalu", "2022-11-04", "2022-11-06", "week"),
    // month names
    ("Pada September lalu, Korea Utara memulai kembali layanan kereta", "id", A, "September lalu", "2022-09-01", "2022-09-30", "month"),
    ("pertemuan puncak antara Kim dan Putin pada September.", "id", C, "September", "2023-09-01", "2023-09-30", "month"),
    ("Juni lalu", "id", A, "Juni lalu", "2022-06-01", "2022-06-30", "month"),
    ("Desember lalu", "id", A, "Desember lalu", "2021-12-01", "2021-12-31", "month"),
    ("November lalu", "id", A, "November lalu", "2021-11-01", "2021-11-30", "month"),
    ("Januari mendatang", "id", A, "Januari mendatang", "2023-01-01", "2023-01-31", "month"),
    ("Desember mendatang", "id", A, "Desember mendatang", "2022-12-01", "2022-12-31", "month"),
    ("pada bulan Juni", "id", A, "bulan Juni", "2022-06-01", "2022-06-30", "month"),
    ("menandatangani perjanjian pada bulan Desember yang", "id", A, "bulan Desember", "2021-12-01", "2021-12-31", "month"),
    ("pada Juni", "id", A, "Juni", "2022-06-01", "2022-06-30", "month"),
    ("sejak Maret", "id", A, "Maret", "2022-03-01", "2022-03-31", "month"),
    ("Juni tahun lalu", "id", A, "Juni tahun lalu", "2021-06-01", "2021-06-30", "month"),
    ("Agustus tahun ini", "id", A, "Agustus tahun ini", "2022-08-01", "2022-08-31", "month"),
    ("September 2022", "id", A, "September 2022", "2022-09-01", "2022-09-30", "month"),
    ("Juni 2024", "id", "", "Juni 2024", "2024-06-01", "2024-06-30", "month"),
    ("pada Mei 2023", "id", "", "Mei 2023", "2023-05-01", "2023-05-31", "month"),
    ("Februari 2020", "id", "", "Februari 2020", "2020-02-01", "2020-02-29", "month"),
    // day month year
    ("8 November 2022", "id", "", "8 November 2022", "2022-11-08", "2022-11-08", "day"),
    ("pada 17 Agustus 1945", "id", "", "17 Agustus 1945", "1945-08-17", "1945-08-17", "day"),
    ("memberitahu kantor berita pemerintah pada 2 November bahwa kereta", "id", A, "2 November", "2022-11-02", "2022-11-02", "day"),
    ("20 Desember", "id", A, "20 Desember", "2021-12-20", "2021-12-20", "day"),
    ("8 Nov 2022", "id", "", "8 Nov 2022", "2022-11-08", "2022-11-08", "day"),
    ("8 Agt 2022", "id", "", "8 Agt 2022", "2022-08-08", "2022-08-08", "day"),
    ("8 Agu 2022", "id", "", "8 Agu 2022", "2022-08-08", "2022-08-08", "day"),
    ("1 Okt 2022", "id", "", "1 Okt 2022", "2022-10-01", "2022-10-01", "day"),
    ("5 Nop 2022", "id", "", "5 Nop 2022", "2022-11-05", "2022-11-05", "day"),
    ("31 Des 2021", "id", "", "31 Des 2021", "2021-12-31", "2021-12-31", "day"),
    ("18 Jun 2025, 14:05 WIB", "id", "", "18 Jun 2025", "2025-06-18", "2025-06-18", "day"),
    ("tanggal 8 November 2022", "id", "", "tanggal 8 November 2022", "2022-11-08", "2022-11-08", "day"),
    ("pada tanggal 1 Juli", "id", A, "tanggal 1 Juli", "2022-07-01", "2022-07-01", "day"),
    ("sejak 2 November", "id", A, "2 November", "2022-11-02", "2022-11-02", "day"),
    ("2 November lalu", "id", A, "2 November lalu", "2022-11-02", "2022-11-02", "day"),
    ("30 Februari 2022", "id", "", "Februari 2022", "2022-02-01", "2022-02-28", "month"),
    // years
    ("tahun 2022", "id", "", "tahun 2022", "2022-01-01", "2022-12-31", "year"),
    ("pada 2022", "id", "", "2022", "2022-01-01", "2022-12-31", "year"),
    ("sejak 2014 konflik", "id", "", "2014", "2014-01-01", "2014-12-31", "year"),
    ("Pemilu 2024 akan", "id", "", "2024", "2024-01-01", "2024-12-31", "year"),
    ("pada tahun 1998", "id", "", "tahun 1998", "1998-01-01", "1998-12-31", "year"),
    ("periode 2020-2022", "id", "", "2020-2022", "2020-01-01", "2022-12-31", "year"),
    // numeric
    ("22/9/2022", "id", "", "22/9/2022", "2022-09-22", "2022-09-22", "day"),
    ("8/11/2022", "id", "", "8/11/2022", "2022-11-08", "2022-11-08", "day"),
    ("2022-11-08", "id", "", "2022-11-08", "2022-11-08", "2022-11-08", "day"),
    ("08-11-2022", "id", "", "08-11-2022", "2022-11-08", "2022-11-08", "day"),
    ("2022-11", "id", "", "2022-11", "2022-11-01", "2022-11-30", "month"),
    ("18/06/2025", "id", "", "18/06/2025", "2025-06-18", "2025-06-18", "day"),
    ("8.11.2022", "id", "", "8.11.2022", "2022-11-08", "2022-11-08", "day"),
    ("2022/11/08", "id", "", "2022/11/08", "2022-11-08", "2022-11-08", "day"),
    ("11/2022", "id", "", "11/2022", "2022-11-01", "2022-11-30", "month"),
    ("3/4/2022", "id", "", "3/4/2022", "2022-04-03", "2022-04-03", "day"),
    ("Rapat digelar (22/9) di Jakarta", "id", A, "(22/9)", "2022-09-22", "2022-09-22", "day"),
    ("Rapat digelar (8/11) di Jakarta", "id", A, "(8/11)", "2022-11-08", "2022-11-08", "day"),
    ("pada 22/9 pemerintah", "id", A, "22/9", "2022-09-22", "2022-09-22", "day"),
    ("laporan 22/9 menyebut", "id", A, "22/9", "2022-09-22", "2022-09-22", "day"),
    ("(22/9)", "id", "", "(22/9)", "", "", ""),
    // not dates
    ("lebih dari 1.000 kontainer", "id", A, "", "", "", ""),
    ("selama 2,5 tahun", "id", A, "", "", "", ""),
    ("dalam 2,5 tahun terakhir", "id", A, "", "", "", ""),
    ("membawa 30 kuda ras asli", "id", A, "", "", "", ""),
    ("2.000 tentara dikerahkan", "id", A, "", "", "", ""),
    ("Persija menang dengan skor 2/1", "id", A, "", "", "", ""),
    ("menang dengan skor 12/10 atas", "id", A, "", "", "", ""),
    ("sekitar 3/4 dari anggota DPR", "id", A, "", "", "", ""),
    ("1/2 dari jumlah itu", "id", A, "", "", "", ""),
    ("setengah atau 1/2 porsi", "id", A, "", "", "", ""),
    ("layanan 24/7 tersedia", "id", A, "", "", "", ""),
    ("rasio 3/2 antara", "id", A, "", "", "", ""),
    ("pukul 14:05 WIB", "id", A, "", "", "", ""),
    ("pukul 14.05 WIB", "id", A, "", "", "", ""),
    ("hubungi 0812-3456-7890 sekarang", "id", A, "", "", "", ""),
    ("skor akhir 2-1 untuk tuan rumah", "id", A, "", "", "", ""),
    ("selama lima bulan", "id", A, "", "", "", ""),
    ("lawatan selama dua hari ke Pyongyang", "id", A, "", "", "", ""),
    ("dalam beberapa tahun ini", "id", A, "", "", "", ""),
    ("beberapa hari lalu", "id", A, "", "", "", ""),
    ("penyanyi Juni Arti tampil", "id", A, "", "", "", ""),
    ("Juni Arti menyanyi", "id", A, "", "", "", ""),
    ("Kemarin ia bertemu pada Juni Arti", "id", A, "Kemarin", "2022-11-07", "2022-11-07", "day"),
    ("lalu dia pergi ke pasar", "id", A, "", "", "", ""),
    ("Sejak awal konflik di Ukraina", "id", A, "", "", "", ""),
    ("tahun-tahun berikutnya", "id", A, "", "", "", ""),
    ("generasi 1990-an", "id", A, "", "", "", ""),
    ("pada usia 70 tahun", "id", A, "", "", "", ""),
    ("sebanyak 2022 orang", "id", "", "2022", "2022-01-01", "2022-12-31", "year"),
    ("Agt tidak hadir", "id", A, "", "", "", ""),
    ("Kam dan kawan-kawan", "id", A, "", "", "", ""),
    // weekdays
    ("Pada hari Senin, selama sesi Majelis Umum PBB", "id", A, "hari Senin", "2022-11-07", "2022-11-07", "day"),
    ("Kamis pemerintah mengumumkan", "id", A, "Kamis", "2022-11-03", "2022-11-03", "day"),
    ("pada Selasa", "id", A, "Selasa", "2022-11-08", "2022-11-08", "day"),
    ("Senin lalu", "id", A, "Senin lalu", "2022-11-07", "2022-11-07", "day"),
    ("Selasa lalu", "id", A, "Selasa lalu", "2022-11-01", "2022-11-01", "day"),
    ("Jumat lalu", "id", A, "Jumat lalu", "2022-11-04", "2022-11-04", "day"),
    ("Senin depan", "id", A, "Senin depan", "2022-11-14", "2022-11-14", "day"),
    ("pada Jum'at", "id", A, "Jum'at", "2022-11-04", "2022-11-04", "day"),
    ("pada Jum’at", "id", A, "Jum’at", "2022-11-04", "2022-11-04", "day"),
    ("pada hari Ahad", "id", A, "hari Ahad", "2022-11-06", "2022-11-06", "day"),
    ("Minggu, ia berkata", "id", A, "Minggu", "2022-11-06", "2022-11-06", "day"),
    ("pada Sabtu malam", "id", A, "Sabtu", "2022-11-05", "2022-11-05", "day"),
    ("Rabu kemarin", "id", A, "Rabu kemarin", "2022-11-02", "2022-11-02", "day"),
    // unanchored: found, never resolved against today
    ("Pekan lalu, pemimpin Ukraina Vladimir Zelensky menuduh", "id", "", "Pekan lalu", "", "", ""),
    ("Pada hari Senin, selama sesi", "id", "", "hari Senin", "", "", ""),
    ("menandatangani perjanjian pada bulan Juni yang bertujuan", "id", "", "bulan Juni", "", "", ""),
    ("kemarin", "id", "", "kemarin", "", "", ""),
    ("pada 2 November", "id", "", "2 November", "", "", ""),
    ("dua hari lalu", "id", "", "dua hari lalu", "", "", ""),
    ("awal bulan ini", "id", "", "awal bulan ini", "", "", ""),
    ("tahun lalu", "id", "", "tahun lalu", "", "", ""),
    ("September lalu", "id", "", "September lalu", "", "", ""),
    ("2 November", "id", T, "2 November", "", "", ""),
    ("Senin lalu", "id", T, "Senin lalu", "", "", ""),
    // ---------------------------------------------------------------- English
    ("yesterday", "en", B, "yesterday", "2024-10-09", "2024-10-09", "day"),
    ("The ministry said yesterday that", "en", B, "yesterday", "2024-10-09", "2024-10-09", "day"),
    ("today", "en", B, "today", "2024-10-10", "2024-10-10", "day"),
    ("tomorrow", "en", B, "tomorrow", "2024-10-11", "2024-10-11", "day"),
    ("Talks resume tomorrow in Geneva", "en", B, "tomorrow", "2024-10-11", "2024-10-11", "day"),
    ("last night", "en", B, "last night", "2024-10-09", "2024-10-09", "day"),
    ("the day before yesterday", "en", B, "the day before yesterday", "2024-10-08", "2024-10-08", "day"),
    ("the day after tomorrow", "en", B, "the day after tomorrow", "2024-10-12", "2024-10-12", "day"),
    ("two days ago", "en", B, "two days ago", "2024-10-08", "2024-10-08", "day"),
    ("3 days ago", "en", B, "3 days ago", "2024-10-07", "2024-10-07", "day"),
    ("He arrived ten days ago", "en", B, "ten days ago", "2024-09-30", "2024-09-30", "day"),
    ("a week ago", "en", B, "a week ago", "2024-09-30", "2024-10-06", "week"),
    ("two weeks ago", "en", B, "two weeks ago", "2024-09-23", "2024-09-29", "week"),
    ("a month ago", "en", B, "a month ago", "2024-09-01", "2024-09-30", "month"),
    ("two years ago", "en", B, "two years ago", "2022-01-01", "2022-12-31", "year"),
    ("an hour ago", "en", B, "", "", "", ""),
    ("last week", "en", B, "last week", "2024-09-30", "2024-10-06", "week"),
    ("The White House said last week that", "en", B, "last week", "2024-09-30", "2024-10-06", "week"),
    ("Last week, North Korea denied", "en", B, "Last week", "2024-09-30", "2024-10-06", "week"),
    ("next week", "en", B, "next week", "2024-10-14", "2024-10-20", "week"),
    ("this week", "en", B, "this week", "2024-10-07", "2024-10-13", "week"),
    ("the previous week", "en", B, "previous week", "2024-09-30", "2024-10-06", "week"),
    ("last month", "en", B, "last month", "2024-09-01", "2024-09-30", "month"),
    ("next month", "en", B, "next month", "2024-11-01", "2024-11-30", "month"),
    ("this month", "en", B, "this month", "2024-10-01", "2024-10-31", "month"),
    ("last year", "en", B, "last year", "2023-01-01", "2023-12-31", "year"),
    ("since last year", "en", B, "last year", "2023-01-01", "2023-12-31", "year"),
    ("next year", "en", B, "next year", "2025-01-01", "2025-12-31", "year"),
    ("this year", "en", B, "this year", "2024-01-01", "2024-12-31", "year"),
    ("earlier this month", "en", B, "earlier this month", "2024-10-01", "2024-10-10", "week"),
    ("Patel said earlier this month that Russia", "en", B, "earlier this month", "2024-10-01", "2024-10-10", "week"),
    ("earlier this year", "en", B, "earlier this year", "2024-01-01", "2024-10-10", "quarter"),
    ("earlier this week", "en", B, "earlier this week", "2024-10-07", "2024-10-10", "week"),
    ("later this month", "en", B, "later this month", "2024-10-10", "2024-10-31", "week"),
    ("late last year", "en", B, "late last year", "2023-09-01", "2023-12-31", "quarter"),
    ("early this year", "en", B, "early this year", "2024-01-01", "2024-04-30", "quarter"),
    ("early next year", "en", B, "early next year", "2025-01-01", "2025-04-30", "quarter"),
    ("late last month", "en", B, "late last month", "2024-09-21", "2024-09-30", "week"),
    ("early next week", "en", B, "early next week", "2024-10-14", "2024-10-15", "week"),
    ("mid-September", "en", B, "mid-September", "2024-09-11", "2024-09-20", "week"),
    ("in mid-September", "en", B, "mid-September", "2024-09-11", "2024-09-20", "week"),
    ("early June", "en", B, "early June", "2024-06-01", "2024-06-10", "week"),
    ("late October", "en", B, "late October", "2024-10-21", "2024-10-31", "week"),
    ("mid-2022", "en", B, "mid-2022", "2022-05-01", "2022-08-31", "quarter"),
    ("late 2021", "en", B, "late 2021", "2021-09-01", "2021-12-31", "quarter"),
    // weekdays
    ("on Thursday", "en", B, "Thursday", "2024-10-10", "2024-10-10", "day"),
    ("North Korea said on Thursday that", "en", B, "Thursday", "2024-10-10", "2024-10-10", "day"),
    ("said on Monday", "en", B, "Monday", "2024-10-07", "2024-10-07", "day"),
    ("on Friday", "en", B, "Friday", "2024-10-04", "2024-10-04", "day"),
    ("on Wednesday", "en", B, "Wednesday", "2024-10-09", "2024-10-09", "day"),
    ("Sunday, officials said", "en", B, "Sunday", "2024-10-06", "2024-10-06", "day"),
    ("Kirby told reporters Tuesday", "en", B, "Tuesday", "2024-10-08", "2024-10-08", "day"),
    ("last Friday", "en", B, "last Friday", "2024-10-04", "2024-10-04", "day"),
    ("last Thursday", "en", B, "last Thursday", "2024-10-03", "2024-10-03", "day"),
    ("next Monday", "en", B, "next Monday", "2024-10-14", "2024-10-14", "day"),
    ("this Saturday", "en", B, "this Saturday", "2024-10-12", "2024-10-12", "day"),
    ("Thursday, September 22, 2022", "en", "", "Thursday, September 22, 2022", "2022-09-22", "2022-09-22", "day"),
    ("Monday, September 22, 2022", "en", "", "Monday, September 22, 2022", "2022-09-22", "2022-09-22", "day!"),
    ("Thursday (9/22)", "en", T, "Thursday (9/22)", "2022-09-22", "2022-09-22", "day"),
    ("Thursday (22/9)", "en", T, "Thursday (22/9)", "2022-09-22", "2022-09-22", "day"),
    ("on Friday (Oct. 20)", "en", T, "Friday", "", "", ""),
    ("Friday, Oct. 20, 2023", "en", "", "Friday, Oct. 20, 2023", "2023-10-20", "2023-10-20", "day"),
    ("Tue, 8 Nov 2022", "en", "", "Tue, 8 Nov 2022", "2022-11-08", "2022-11-08", "day"),
    // month day year
    ("Sept. 21", "en", B, "Sept. 21", "2024-09-21", "2024-09-21", "day"),
    ("The meeting on Sept. 21 ended", "en", B, "Sept. 21", "2024-09-21", "2024-09-21", "day"),
    ("Nov. 8", "en", B, "Nov. 8", "2023-11-08", "2023-11-08", "day"),
    ("Oct. 10, 2024", "en", "", "Oct. 10, 2024", "2024-10-10", "2024-10-10", "day"),
    ("October 10, 2024", "en", "", "October 10, 2024", "2024-10-10", "2024-10-10", "day"),
    // a month name with an abbreviation's period, before a day and a year only
    ("Posted March. 29, 2024 07:47", "en", "", "March. 29, 2024", "2024-03-29", "2024-03-29", "day"),
    ("Kamis 14-09-2023,07:42 WIB", "id", "", "Kamis 14-09-2023", "2023-09-14", "2023-09-14", "day"),
    ("It ended in March. 29 people died.", "en", B, "March", "2024-03-01", "2024-03-31", "month"),
    ("Published October 10, 2024 at 3:05 PM EDT", "en", "", "October 10, 2024", "2024-10-10", "2024-10-10", "day"),
    ("November 8, 2022", "en", "", "November 8, 2022", "2022-11-08", "2022-11-08", "day"),
    ("Nov 8, 2022", "en", "", "Nov 8, 2022", "2022-11-08", "2022-11-08", "day"),
    ("Sep 30 2024", "en", "", "Sep 30 2024", "2024-09-30", "2024-09-30", "day"),
    ("September 22nd, 2022", "en", "", "September 22nd, 2022", "2022-09-22", "2022-09-22", "day"),
    ("on the 8th November 2022", "en", "", "8th November 2022", "2022-11-08", "2022-11-08", "day"),
    ("8 November 2022", "en", "", "8 November 2022", "2022-11-08", "2022-11-08", "day"),
    ("10 Oct 2024", "en", "", "10 Oct 2024", "2024-10-10", "2024-10-10", "day"),
    ("Dec. 25", "en", B, "Dec. 25", "2023-12-25", "2023-12-25", "day"),
    ("January 3", "en", B, "January 3", "2024-01-03", "2024-01-03", "day"),
    ("on 4 July", "en", B, "4 July", "2024-07-04", "2024-07-04", "day"),
    // months and years
    ("September 2022", "en", "", "September 2022", "2022-09-01", "2022-09-30", "month"),
    ("June 2024", "en", "", "June 2024", "2024-06-01", "2024-06-30", "month"),
    ("Feb 2024", "en", "", "Feb 2024", "2024-02-01", "2024-02-29", "month"),
    ("in June", "en", B, "June", "2024-06-01", "2024-06-30", "month"),
    ("The treaty was signed in June and", "en", B, "June", "2024-06-01", "2024-06-30", "month"),
    ("in December", "en", B, "December", "2023-12-01", "2023-12-31", "month"),
    ("in October", "en", B, "October", "2024-10-01", "2024-10-31", "month"),
    ("since March", "en", B, "March", "2024-03-01", "2024-03-31", "month"),
    ("last September", "en", B, "last September", "2024-09-01", "2024-09-30", "month"),
    ("last October", "en", B, "last October", "2023-10-01", "2023-10-31", "month"),
    ("next June", "en", B, "next June", "2025-06-01", "2025-06-30", "month"),
    ("June last year", "en", B, "June last year", "2023-06-01", "2023-06-30", "month"),
    ("June this year", "en", B, "June this year", "2024-06-01", "2024-06-30", "month"),
    ("in 2022", "en", "", "2022", "2022-01-01", "2022-12-31", "year"),
    ("since 2014", "en", "", "2014", "2014-01-01", "2014-12-31", "year"),
    ("The 2024 election", "en", "", "2024", "2024-01-01", "2024-12-31", "year"),
    ("from 2019 to 2021", "en", "", "2019", "2019-01-01", "2019-12-31", "year"),
    ("in 1950", "en", "", "1950", "1950-01-01", "1950-12-31", "year"),
    // numeric
    ("2022-11-08", "en", "", "2022-11-08", "2022-11-08", "2022-11-08", "day"),
    ("2024-10-10T08:00:00Z", "en", "", "2024-10-10", "2024-10-10", "2024-10-10", "day"),
    ("9/22/2022", "en", "", "9/22/2022", "2022-09-22", "2022-09-22", "day"),
    ("22/9/2022", "en", "", "22/9/2022", "2022-09-22", "2022-09-22", "day"),
    ("10/10/2024", "en", "", "10/10/2024", "2024-10-10", "2024-10-10", "day"),
    ("3/4/2022", "en", "", "3/4/2022", "2022-03-04", "2022-03-04", "day"),
    ("12/25/2023", "en", "", "12/25/2023", "2023-12-25", "2023-12-25", "day"),
    ("on 10/22", "en", B, "10/22", "2023-10-22", "2023-10-22", "day"),
    ("(9/22)", "en", B, "(9/22)", "2024-09-22", "2024-09-22", "day"),
    ("2024-10", "en", "", "2024-10", "2024-10-01", "2024-10-31", "month"),
    ("2024/10/10", "en", "", "2024/10/10", "2024-10-10", "2024-10-10", "day"),
    // not dates
    ("1,000 troops", "en", B, "", "", "", ""),
    ("2.5 years", "en", B, "", "", "", ""),
    ("for 2.5 years", "en", B, "", "", "", ""),
    ("30 horses", "en", B, "", "", "", ""),
    ("The team won 2/1", "en", B, "", "", "", ""),
    ("the score was 2-1", "en", B, "", "", "", ""),
    ("3/4 of the members", "en", B, "", "", "", ""),
    ("about 1/2 of them", "en", B, "", "", "", ""),
    ("open 24/7", "en", B, "", "", "", ""),
    ("at 14:05", "en", B, "", "", "", ""),
    ("at 3:05 PM", "en", B, "", "", "", ""),
    ("call 555-1234", "en", B, "", "", "", ""),
    ("call (021) 555-1234", "en", B, "", "", "", ""),
    ("the 9/11 attacks", "en", B, "", "", "", ""),
    ("a 2-1 majority", "en", B, "", "", "", ""),
    ("I may go", "en", B, "", "", "", ""),
    ("They march on", "en", B, "", "", "", ""),
    ("March on Washington", "en", B, "", "", "", ""),
    ("April Smith said", "en", B, "", "", "", ""),
    ("in April Smith said", "en", B, "", "", "", ""),
    ("The Sunday Times reported", "en", B, "", "", "", ""),
    ("several days ago", "en", B, "", "", "", ""),
    ("a few weeks ago", "en", B, "", "", "", ""),
    ("for two days", "en", B, "", "", "", ""),
    ("Jan Egeland said", "en", B, "", "", "", ""),
    ("Wed and Sat", "en", B, "", "", "", ""),
    ("a 70-year-old man", "en", B, "", "", "", ""),
    ("he spent 3 years there", "en", B, "", "", "", ""),
    ("$2000 in cash", "en", B, "", "", "", ""),
    ("COVID19 cases", "en", B, "", "", "", ""),
    // unanchored
    ("last week", "en", "", "last week", "", "", ""),
    ("said on Thursday", "en", "", "Thursday", "", "", ""),
    ("two days ago", "en", "", "two days ago", "", "", ""),
    ("Nov. 8", "en", "", "Nov. 8", "", "", ""),
    ("in June", "en", "", "June", "", "", ""),
    ("yesterday", "en", "", "yesterday", "", "", ""),
    ("earlier this month", "en", "", "earlier this month", "", "", ""),
    ("late last year", "en", "", "late last year", "", "", ""),
    ("next week", "en", T, "next week", "", "", ""),
    ("Thursday (9/22)", "en", "", "Thursday (9/22)", "", "", ""),
];

fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_else(|_| panic!("bad date {s:?}"))
}

pub(crate) fn anchor_of(s: &str) -> Anchor {
    if s.is_empty() {
        Anchor::default()
    } else if let Some(b) = s.strip_prefix('~') {
        Anchor { date: None, bound: Some(date(b)) }
    } else {
        Anchor { date: Some(date(s)), bound: Some(date(s)) }
    }
}

fn precision_of(s: &str) -> Precision {
    match s.trim_end_matches('!') {
        "day" => Precision::Day,
        "week" => Precision::Week,
        "month" => Precision::Month,
        "quarter" => Precision::Quarter,
        "year" => Precision::Year,
        other => panic!("bad precision {other:?}"),
    }
}

fn rules() -> &'static DateRules {
    static R: std::sync::OnceLock<DateRules> = std::sync::OnceLock::new();
    R.get_or_init(|| DateRules::new(Lexicon::default_ref()).expect("default date rules"))
}

fn check_case(c: &Case) -> std::result::Result<(), String> {
    let (text, lang, anchor, surface, start, end, prec) = *c;
    let found = find_dates(text, Some(lang), anchor_of(anchor), rules());
    let show = |ms: &[DateMatch]| {
        ms.iter().map(|m| format!("{:?}={:?}{}", &text[m.start..m.end], m.span.map(|s| (s.start, s.end, s.precision)), if m.weekday_conflict { "!" } else { "" })).collect::<Vec<_>>().join(", ")
    };
    if surface.is_empty() {
        if found.is_empty() {
            return Ok(());
        }
        return Err(format!("{text:?} ({lang}, {anchor}): expected no date, found {}", show(&found)));
    }
    let m = match found.iter().find(|m| &text[m.start..m.end] == surface) {
        Some(m) => m,
        None => return Err(format!("{text:?} ({lang}, {anchor}): expected {surface:?}, found [{}]", show(&found))),
    };
    let want = if start.is_empty() {
        None
    } else {
        Some(DateSpan { start: date(start), end: date(end), precision: precision_of(prec) })
    };
    if m.span != want {
        return Err(format!("{text:?} ({lang}, {anchor}): {surface:?} = {:?}, expected {want:?}", m.span));
    }
    let conflict = prec.ends_with('!');
    if m.weekday_conflict != conflict {
        return Err(format!("{text:?}: weekday_conflict = {}, expected {conflict}", m.weekday_conflict));
    }
    if want.is_none() && !m.relative {
        return Err(format!("{text:?}: an unresolved expression must be relative"));
    }
    Ok(())
}

#[test]
fn table_cases() {
    let errors: Vec<String> = CASES.iter().filter_map(|c| check_case(c).err()).collect();
    assert!(errors.is_empty(), "{} of {} cases fail:\n{}", errors.len(), CASES.len(), errors.join("\n"));
}

#[test]
fn table_is_large_and_a_third_english() {
    let en = CASES.iter().filter(|c| c.1 == "en").count();
    assert!(CASES.len() >= 250, "{} cases", CASES.len());
    assert!(en * 3 >= CASES.len(), "{en} English cases of {}", CASES.len());
}

fn cases_jsonl() -> String {
    let mut out = String::new();
    for (text, lang, anchor, surface, start, end, prec) in CASES {
        let v = serde_json::json!({
            "text": text, "lang": lang, "anchor": anchor, "surface": surface,
            "start": start, "end": end, "precision": prec.trim_end_matches('!'),
            "weekday_conflict": prec.ends_with('!'),
        });
        out.push_str(&v.to_string());
        out.push('\n');
    }
    out
}

const CASES_FILE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/bench/dates/cases.jsonl");

/// Writes `bench/dates/cases.jsonl` from `CASES`.
#[test]
#[ignore]
fn export_cases() {
    std::fs::write(CASES_FILE, cases_jsonl()).expect("write cases.jsonl");
}

#[test]
fn cases_file_is_in_sync() {
    let on_disk = std::fs::read_to_string(CASES_FILE).unwrap_or_default();
    assert!(
        on_disk == cases_jsonl(),
        "bench/dates/cases.jsonl is stale: run `cargo test --target-dir target/cargo --lib time::tests::export_cases -- --ignored`"
    );
}

// ---------------------------------------------------------------- parse_date_field

#[test]
fn date_fields() {
    type Field = (&'static str, Option<(&'static str, &'static str, Precision)>);
    let cases: &[Field] = &[
        ("2022-11", Some(("2022-11-01", "2022-11-30", Precision::Month))),
        (" date 2022-11 (FJR)", Some(("2022-11-01", "2022-11-30", Precision::Month))),
        ("2024-10-10", Some(("2024-10-10", "2024-10-10", Precision::Day))),
        ("Diperbarui 18 Jun 2025, 14:05 WIB", Some(("2025-06-18", "2025-06-18", Precision::Day))),
        ("Kompas.com- 18/06/2025", Some(("2025-06-18", "2025-06-18", Precision::Day))),
        ("Kompas.com - 18/06/2025, 10:00 WIB", Some(("2025-06-18", "2025-06-18", Precision::Day))),
        ("Jum'at, 20 Juni 2025 |11:58 WIB", Some(("2025-06-20", "2025-06-20", Precision::Day))),
        ("Selasa, 8 November 2022 15:10 WIB", Some(("2022-11-08", "2022-11-08", Precision::Day))),
        ("Published October 10, 2024 at 3:05 PM EDT", Some(("2024-10-10", "2024-10-10", Precision::Day))),
        ("10 Oct 2024", Some(("2024-10-10", "2024-10-10", Precision::Day))),
        ("2024-10-10T08:00:00Z", Some(("2024-10-10", "2024-10-10", Precision::Day))),
        ("Oct. 10, 2024", Some(("2024-10-10", "2024-10-10", Precision::Day))),
        ("2022", Some(("2022-01-01", "2022-12-31", Precision::Year))),
        // a numeric date glued to the same date spelled out: the spelled one decides
        ("01/05/2024January 5, 2024", Some(("2024-01-05", "2024-01-05", Precision::Day))),
        ("05/01/2024 5 Januari 2024", Some(("2024-01-05", "2024-01-05", Precision::Day))),
        // a year glued to the hour
        ("November 4, 20244:52 PM GMT+9Updated 2 hours ago", Some(("2024-11-04", "2024-11-04", Precision::Day))),
        ("4 November 202414:52 WIB", Some(("2024-11-04", "2024-11-04", Precision::Day))),
        // US headers: a two-digit year after slashes, month first when it must be
        ("10/31/24 4:58 PM ET", Some(("2024-10-31", "2024-10-31", Precision::Day))),
        ("31/10/24", Some(("2024-10-31", "2024-10-31", Precision::Day))),
        // a month's dot and a day's comma glued to the next number
        ("Jan.13,2025 17:24 KST", Some(("2025-01-13", "2025-01-13", Precision::Day))),
        // a full month name with a period between its day and year
        ("Published: 29 May. 2025, 18:47", Some(("2025-05-29", "2025-05-29", Precision::Day))),
        // an ordinal's ending stays with its day
        ("Jun 19th 2025", Some(("2025-06-19", "2025-06-19", Precision::Day))),
        ("", None),
        ("kemarin", None),
        ("Kamis (22/9)", None),
        ("tidak ada tanggal", None),
        ("14:05 WIB", None),
    ];
    for (s, want) in cases {
        let got = parse_date_field(s, rules());
        let want = want.map(|(a, b, p)| DateSpan { start: date(a), end: date(b), precision: p });
        assert_eq!(got, want, "{s:?}");
    }
}

// ---------------------------------------------------------------- vocabulary as data

#[test]
fn a_language_is_data() {
    let lex = Lexicon::from_toml_str(
        r#"
[languages.ms.dates]
months = [["Januari"], ["Februari"], ["Mac"], ["April"], ["Mei"], ["Jun"], ["Julai"], ["Ogos"], ["September"], ["Oktober"], ["November"], ["Disember"]]
weekdays = [["Isnin"], ["Selasa"], ["Rabu"], ["Khamis"], ["Jumaat"], ["Sabtu"], ["Ahad"]]
relative_days = { semalam = -1 }
week_units = ["minggu"]
past = ["lepas"]
prepositions = ["pada"]

[languages.fr.dates]
months = [["janvier"], ["février"], ["mars"], ["avril"], ["mai"], ["juin"], ["juillet"], ["août"], ["septembre"], ["octobre"], ["novembre"], ["décembre"]]
weekdays = [["lundi"], ["mardi"], ["mercredi"], ["jeudi"], ["vendredi"], ["samedi"], ["dimanche"]]
week_units = ["semaine"]
past = ["dernière", "dernier"]
prepositions = ["le", "en"]
"#,
        "t.toml",
    )
    .unwrap();
    let r = DateRules::new(&lex).unwrap();
    let a = anchor_of(A);
    let one = |t: &str, l: &str| {
        let ms = find_dates(t, Some(l), a, &r);
        assert_eq!(ms.len(), 1, "{t:?}: {ms:?}");
        (t[ms[0].start..ms[0].end].to_string(), ms[0].span.unwrap())
    };
    assert_eq!(one("pada Khamis (3/11)", "ms").1.start, date("2022-11-03"));
    assert_eq!(one("minggu lepas", "ms").1.start, date("2022-10-31"));
    assert_eq!(one("8 Ogos 2022", "ms").1.start, date("2022-08-08"));
    assert_eq!(one("le 8 août 2022", "fr"), ("8 août 2022".into(), DateSpan::day(date("2022-08-08"))));
    assert_eq!(one("le 8 Août 2022", "fr").1.start, date("2022-08-08"));
    assert_eq!(one("la semaine dernière", "fr").1.start, date("2022-10-31"));
    assert_eq!(one("en février 2021", "fr").1.precision, Precision::Month);
    // bad vocabulary is a lexicon error
    let bad = Lexicon::from_toml_str("[languages.x.dates]\nnumeric_order = \"ymd\"\nmonths = [[\"a\"]]\n", "bad.toml").unwrap();
    assert!(DateRules::new(&bad).is_err());
    assert!(Lexicon::from_toml_str("[languages.x.dates]\nmonthz = []\n", "bad.toml").is_err());
    // (an empty range word too, named with its section)
    let empty = Lexicon::from_toml_str("[languages.x.dates]\nmonths = [[\"a\"]]\nrange_to = [\" \"]\n", "range.toml").unwrap();
    let err = DateRules::new(&empty).expect_err("an empty range word is a lexicon error").to_string();
    assert!(err.contains("[languages.x.dates]") && err.contains("empty word"), "{err}");
}

#[test]
fn vocab_merges_element_wise() {
    let mut a = DateVocab { months: vec![vec!["Jan".into()], vec!["Feb".into()]], ..Default::default() };
    let b = DateVocab { months: vec![vec!["Janv".into()]], numeric_order: Some("mdy".into()), ..Default::default() };
    a.merge(b);
    assert_eq!(a.months[0], vec!["Jan".to_string(), "Janv".to_string()]);
    assert_eq!(a.months.len(), 2);
    assert_eq!(a.numeric_order.as_deref(), Some("mdy"));
}

// ---------------------------------------------------------------- robustness

#[test]
fn no_panic_on_odd_input() {
    let odd = [
        "", "(", "(1", "((22/9)", "9999999999999999999/99999999999999", "1/1/99999", "31/2", "0/0/0000",
        "Kamis (", "Kamis (31/2)", "pekan lalu lalu lalu", "awal awal awal bulan", "Jum'", "'at", "é9/9", "٣/٤",
        "tahun 9999", "-1/-1", "2022-13-45", "Senin (29/2)", "29/2", "mid-", "—22/9—", "22/9/", "/22/9",
    ];
    let anchors = [Anchor::default(), anchor_of(A), Anchor { date: NaiveDate::from_ymd_opt(1, 1, 1), bound: NaiveDate::from_ymd_opt(262_000, 1, 1) }, Anchor { date: Some(NaiveDate::MAX), bound: Some(NaiveDate::MIN) }];
    for t in odd {
        for a in anchors {
            for l in [Some("id"), Some("en"), None, Some("zz")] {
                for m in find_dates(t, l, a, rules()) {
                    assert!(m.start <= m.end && m.end <= t.len() && t.is_char_boundary(m.start) && t.is_char_boundary(m.end));
                    if let Some(s) = m.span {
                        assert!(s.start <= s.end);
                    }
                }
            }
        }
        let _ = parse_date_field(t, rules());
    }
}

#[test]
fn feb_29_weekday_inference() {
    // 29/2 falling on a Thursday: 2024 is a leap year but a Thursday? 2024-02-29 is a Thursday.
    let ms = find_dates("Kamis (29/2)", Some("id"), anchor_of(T), rules());
    assert_eq!(ms[0].span.map(|s| s.start), Some(date("2024-02-29")));
}

// ---------------------------------------------------------------- seed articles

/// Splits a text into sentences: at line breaks and after `.`/`!`/`?` followed by a space.
fn split(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut s = 0;
    let mut i = 0;
    while i < b.len() {
        let end = b[i] == b'\n' || (matches!(b[i], b'.' | b'!' | b'?') && b.get(i + 1).is_some_and(|&c| c == b' '));
        if end {
            let e = if b[i] == b'\n' { i } else { i + 1 };
            if !text[s..e].trim().is_empty() {
                out.push((s, e));
            }
            s = i + 1;
        }
        i += 1;
    }
    if !text[s..].trim().is_empty() {
        out.push((s, text.len()));
    }
    out
}

struct Seed {
    dates: DocDates,
    text: &'static str,
}

impl Seed {
    fn get(&self, surface: &str) -> Vec<Option<DateSpan>> {
        self.dates.matches.iter().filter(|(_, m)| &self.text[m.start..m.end] == surface).map(|(_, m)| m.span).collect()
    }
    fn one(&self, surface: &str) -> DateSpan {
        let all = self.get(surface);
        assert!(!all.is_empty(), "{surface:?} not found in {:?}", self.dates.matches.iter().map(|(_, m)| &self.text[m.start..m.end]).collect::<Vec<_>>());
        all[0].unwrap_or_else(|| panic!("{surface:?} unresolved"))
    }
}

fn seed(text: &'static str, header: Option<&str>) -> Seed {
    let sentences = split(text);
    let input = DocDateInput {
        text,
        sentences: &sentences,
        language: Some("id"),
        header_date: header,
        updated_date: None,
        field_date: None,
        rights_year: None,
        reference: None,
        today: date("2026-11-24"),
    };
    let dates = date_document(&input, rules());
    assert_eq!(dates.sentence_dates.len(), sentences.len());
    Seed { dates, text }
}

fn span(a: &str, b: &str, p: Precision) -> DateSpan {
    DateSpan { start: date(a), end: date(b), precision: p }
}

const SEED_000: &str = include_str!("../../corpus/000_41a5ee3b61c58a9c.txt");
const SEED_001: &str = include_str!("../../corpus/001_ed4e84306170659b.txt");
const SEED_002: &str = include_str!("../../corpus/002_9bc54f710414059f.txt");
const SEED_003: &str = include_str!("../../corpus/003_57fa5d84563b21c3.txt");
const SEED_004: &str = include_str!("../../corpus/004_3a2ed5cd9f139673.txt");

#[test]
fn seed_000() {
    let s = seed(SEED_000, None);
    assert_eq!(s.dates.pub_date, Some(DateSpan::day(date("2022-09-22"))));
    assert_eq!(s.dates.anchor, Some(date("2022-09-22")));
    assert_eq!(s.one("Kamis (22/9)"), DateSpan::day(date("2022-09-22")));
    assert_eq!(s.one("awal bulan ini"), span("2022-09-01", "2022-09-10", Precision::Week));
    assert_eq!(s.one("Bulan lalu"), span("2022-08-01", "2022-08-31", Precision::Month));
    // Patel's sentence is dated by its own expression
    let si = s.dates.matches.iter().find(|(_, m)| &s.text[m.start..m.end] == "awal bulan ini").unwrap().0;
    assert_eq!(s.dates.sentence_dates[si], Some(span("2022-09-01", "2022-09-10", Precision::Week)));
}

#[test]
fn seed_001() {
    // the cleaner hands the header line over as `header_date`
    let body_start = SEED_001.find("Pyongyang:").unwrap();
    let s = seed(&SEED_001[body_start..], Some(" date 2022-11 (FJR)"));
    assert_eq!(s.dates.pub_date, Some(span("2022-11-01", "2022-11-30", Precision::Month)));
    assert_eq!(s.dates.anchor, Some(date("2022-11-08")));
    assert_eq!(s.one("pekan lalu"), span("2022-10-31", "2022-11-06", Precision::Week));
    assert_eq!(s.one("Selasa 8 November 2022"), DateSpan::day(date("2022-11-08")));
}

#[test]
fn seed_002() {
    let s = seed(SEED_002, None);
    assert_eq!(s.dates.pub_date, Some(DateSpan::day(date("2022-11-08"))));
    assert_eq!(s.dates.anchor, Some(date("2022-11-08")));
    let weeks = s.get("Pekan lalu");
    assert_eq!(weeks.len(), 2);
    assert!(weeks.iter().all(|w| *w == Some(span("2022-10-31", "2022-11-06", Precision::Week))));
    assert_eq!(s.one("2 November"), DateSpan::day(date("2022-11-02")));
    assert_eq!(s.one("September lalu"), span("2022-09-01", "2022-09-30", Precision::Month));
    // `2,5 tahun`, `30 kuda` are no dates
    assert!(s.dates.matches.iter().all(|(_, m)| !s.text[m.start..m.end].contains("30") && !s.text[m.start..m.end].contains("2,5")));
}

#[test]
fn seed_003() {
    let s = seed(SEED_003, None);
    assert_eq!(s.dates.pub_date, Some(DateSpan::day(date("2023-10-20"))));
    assert_eq!(s.dates.anchor, Some(date("2023-10-20")));
    assert_eq!(s.one("pekan lalu"), span("2023-10-09", "2023-10-15", Precision::Week));
    assert_eq!(s.one("Kamis (19/10)"), DateSpan::day(date("2023-10-19")));
    assert_eq!(s.one("tahun lalu"), span("2022-01-01", "2022-12-31", Precision::Year));
    assert_eq!(s.one("September"), span("2023-09-01", "2023-09-30", Precision::Month));
    assert!(s.get("1.000").is_empty());
    // `Sejak tahun lalu` is an event start: its sentence falls back to the anchor day
    let si = s.dates.matches.iter().find(|(_, m)| &s.text[m.start..m.end] == "tahun lalu").unwrap().0;
    assert_eq!(s.dates.sentence_dates[si], Some(DateSpan::day(date("2023-10-20"))));
}

#[test]
fn seed_004() {
    let s = seed(SEED_004, None);
    assert_eq!(s.dates.pub_date, None);
    assert_eq!(s.dates.anchor, None);
    assert!(!s.dates.matches.is_empty());
    assert!(s.dates.matches.iter().all(|(_, m)| m.span.is_none()), "{:?}", s.dates.matches);
    assert!(s.dates.sentence_dates.iter().all(Option::is_none));
    assert!(s.get("Pekan lalu").len() == 2 && s.get("hari Senin").len() == 1 && s.get("bulan Juni").len() == 1);
}

#[test]
fn counts_from_the_last_date_the_text_gave() {
    // (the anchor is the header's 26 October; "sepekan sebelumnya" is a week before the
    // Thursday the text named, not before the anchor)
    let text = "Putin ditanya wartawan di Kazan, Kamis (24/10). Sikap itu berbeda dengan jawaban Kremlin sepekan sebelumnya. \
        HUR pada Rabu (23/10) melaporkan tentara Korut tiba di Kursk sehari sebelumnya. Dua hari kemudian, Kim berbicara. \
        Sehari sebelumnya, Kamis (17/10), Zelensky berbicara di Brussels.";
    let sentences = split(text);
    let input = DocDateInput {
        text,
        sentences: &sentences,
        language: Some("id"),
        header_date: Some("Sabtu, 26 Oktober 2024"),
        updated_date: None,
        field_date: None,
        rights_year: None,
        reference: None,
        today: date("2026-11-24"),
    };
    let d = date_document(&input, rules());
    let at = |surface: &str| {
        let (_, m) = d.matches.iter().find(|(_, m)| &text[m.start..m.end] == surface).unwrap_or_else(|| panic!("{surface:?}"));
        m.span
    };
    assert_eq!(at("sepekan sebelumnya"), Some(span("2024-10-14", "2024-10-20", Precision::Week)));
    assert_eq!(at("sehari sebelumnya"), Some(DateSpan::day(date("2024-10-22"))));
    assert_eq!(at("Dua hari kemudian"), Some(DateSpan::day(date("2024-10-24"))));
    // a date set off right after the count names the day
    assert_eq!(at("Sehari sebelumnya"), Some(DateSpan::day(date("2024-10-17"))));
    assert_eq!(d.sentence_dates[4], Some(DateSpan::day(date("2024-10-17"))));
    // the same period as the date the text gave last, of any precision
    let text = "Korut mengaku pada Senin (28/4/2025). Pada Oktober 2024, delegasi Korut membantah. Di bulan yang sama, Peskov menyebutnya hoaks. \
        HUR melapor pada Rabu (23/10). Pada hari yang sama, Austin berbicara. Beberapa hari sebelumnya, Peskov membantah.";
    let sentences = split(text);
    let d = date_document(&DocDateInput { text, sentences: &sentences, header_date: Some("Sabtu, 26 Oktober 2024"), ..input }, rules());
    let at = |surface: &str| d.matches.iter().find(|(_, m)| &text[m.start..m.end] == surface).and_then(|(_, m)| m.span);
    assert_eq!(at("bulan yang sama"), Some(span("2024-10-01", "2024-10-31", Precision::Month)));
    assert_eq!(at("hari yang sama"), Some(DateSpan::day(date("2024-10-23"))));
    // a count without a number is a window before the last day
    assert_eq!(at("Beberapa hari sebelumnya"), Some(span("2024-10-16", "2024-10-22", Precision::Week)));
    let text = "Kirby spoke on Thursday, October 24. Blinken spoke the same day. A few days later, Seoul responded.";
    let sentences = split(text);
    let d = date_document(&DocDateInput { text, sentences: &sentences, language: Some("en"), header_date: Some("October 26, 2024"), ..input }, rules());
    let at = |surface: &str| d.matches.iter().find(|(_, m)| &text[m.start..m.end] == surface).and_then(|(_, m)| m.span);
    assert_eq!(at("same day"), Some(DateSpan::day(date("2024-10-24"))));
    assert_eq!(at("few days later"), Some(span("2024-10-25", "2024-10-31", Precision::Week)));
    // the period after or before that of the date the text gave last, with no count
    let text = "Ministers condemned the transfers on January 9. Moscow pushed back at a session the following day. \
        Seoul answered the next day. Kyiv had spoken the previous week. Next week the council meets again.";
    let sentences = split(text);
    let d = date_document(&DocDateInput { text, sentences: &sentences, language: Some("en"), header_date: Some("February 20, 2024"), ..input }, rules());
    let at = |surface: &str| d.matches.iter().find(|(_, m)| &text[m.start..m.end] == surface).and_then(|(_, m)| m.span);
    assert_eq!(at("following day"), Some(DateSpan::day(date("2024-01-10"))));
    assert_eq!(at("the next day"), Some(DateSpan::day(date("2024-01-11"))));
    assert_eq!(at("previous week"), Some(span("2024-01-01", "2024-01-07", Precision::Week)));
    // ("next week" without the article counts from the anchor)
    assert_eq!(at("Next week"), Some(span("2024-02-26", "2024-03-03", Precision::Week)));
    // "that month" is the month of the date the text gave last
    let text = "Seoul spoke on October 18. Pyongyang denied it that month.";
    let sentences = split(text);
    let d = date_document(&DocDateInput { text, sentences: &sentences, language: Some("en"), header_date: Some("February 20, 2025"), ..input }, rules());
    let at = |surface: &str| d.matches.iter().find(|(_, m)| &text[m.start..m.end] == surface).and_then(|(_, m)| m.span);
    assert_eq!(at("that month"), Some(span("2024-10-01", "2024-10-31", Precision::Month)));
    let text = "Para menteri mengecam pengiriman itu pada 9 Januari. Keesokan harinya, Moskow membantah. \
        Pada pekan berikutnya Seoul menjawab. Setahun sebelumnya Kyiv berbicara. Tahun sebelumnya juga. Pekan depan dewan bersidang.";
    let sentences = split(text);
    let d = date_document(&DocDateInput { text, sentences: &sentences, header_date: Some("Selasa, 20 Februari 2024"), ..input }, rules());
    let at = |surface: &str| d.matches.iter().find(|(_, m)| &text[m.start..m.end] == surface).and_then(|(_, m)| m.span);
    assert_eq!(at("Keesokan harinya"), Some(DateSpan::day(date("2024-01-10"))));
    assert_eq!(at("pekan berikutnya"), Some(span("2024-01-15", "2024-01-21", Precision::Week)));
    assert_eq!(at("Tahun sebelumnya"), Some(span("2023-01-01", "2023-12-31", Precision::Year)));
    assert_eq!(at("Pekan depan"), Some(span("2024-02-26", "2024-03-03", Precision::Week)));
}

#[test]
fn without_a_publication_date_the_latest_written_out_day_anchors() {
    // no header, field or reference date: "Senin (28/4/2025)" writes its year out, so the
    // yearless "Selasa (29/4)" and the bare "Senin" are read from it; "Juni 2024" is a month
    // (after the lead, whose weekday date would be the reporting day)
    let text = "Korut akhirnya mengaku. Tentaranya bertempur di Kursk. Pyongyang lama membantah. Seoul mengecam. \
        Komisi Militer Pusat mengumumkan pengiriman pasukan, Senin (28/4/2025). Perjanjian diteken pada Juni 2024. \
        Kementerian Luar Negeri Korsel, Selasa (29/4), mengecam pengakuan itu. Putin menyusul pada Senin.";
    let sentences = split(text);
    let input = DocDateInput { text, sentences: &sentences, language: Some("id"), header_date: None, updated_date: None, field_date: None, rights_year: None, reference: None, today: date("2026-11-24") };
    let d = date_document(&input, rules());
    assert_eq!(d.pub_date, None, "the anchor is no publication date");
    assert_eq!(d.anchor, Some(date("2025-04-28")));
    let at = |surface: &str| d.matches.iter().find(|(_, m)| &text[m.start..m.end] == surface).and_then(|(_, m)| m.span);
    assert_eq!(at("Selasa (29/4)"), Some(DateSpan::day(date("2025-04-29"))));
    assert_eq!(at("Senin"), Some(DateSpan::day(date("2025-04-28"))));
    // a text whose years are all a month's or a year's stays unanchored
    let text = "Perjanjian diteken pada Juni 2024. Pekan lalu, Peskov membantahnya.";
    let sentences = split(text);
    let d = date_document(&DocDateInput { text, sentences: &sentences, ..input }, rules());
    assert_eq!(d.anchor, None);
    assert!(d.sentence_dates.iter().all(|x| x.is_none() || x.is_some_and(|x| x.precision == Precision::Month)));
}

#[test]
fn a_lead_day_is_no_upper_bound() {
    // the lead's weekday date is a day the text gave, not the page's date: a later yearless
    // "Senin (13/1)" two days on is in the same year (not 2020, the latest earlier year whose
    // 13 January is a Monday)
    let text = "Zelenskyy mengatakan pasukannya menangkap dua tentara Korea Utara pada Sabtu, 11 Januari 2025. \
        Pada Senin (13/1), anggota parlemen Korea Selatan mengatakan 300 tentara tewas.";
    let sentences = split(text);
    let input = DocDateInput { text, sentences: &sentences, language: Some("id"), header_date: None, updated_date: None, field_date: None, rights_year: None, reference: None, today: date("2026-11-24") };
    let d = date_document(&input, rules());
    assert_eq!(d.anchor, Some(date("2025-01-11")));
    let at = |surface: &str| d.matches.iter().find(|(_, m)| &text[m.start..m.end] == surface).and_then(|(_, m)| m.span);
    assert_eq!(at("Senin (13/1)"), Some(DateSpan::day(date("2025-01-13"))));
    // a header's day still bounds the year
    let d = date_document(&DocDateInput { header_date: Some("2025-01-11"), ..input }, rules());
    assert_ne!(d.matches.iter().find(|(_, m)| &text[m.start..m.end] == "Senin (13/1)").and_then(|(_, m)| m.span), Some(DateSpan::day(date("2025-01-13"))));
}

#[test]
fn document_dates_field_reference_and_lead() {
    let text = "North Korea said on Thursday that it never sent arms. Officials spoke last week.";
    let sentences = split(text);
    let base = DocDateInput {
        text,
        sentences: &sentences,
        language: Some("en"),
        header_date: None,
        updated_date: None,
        field_date: None,
        rights_year: None,
        reference: None,
        today: date("2026-11-24"),
    };
    // no reference: a bare weekday cannot date the article (today is never an anchor)
    let d = date_document(&base, rules());
    assert_eq!(d.pub_date, None);
    assert!(d.matches.iter().all(|(_, m)| m.span.is_none()));
    // with a reference date, the lead weekday is the reporting day
    let d = date_document(&DocDateInput { reference: Some(date("2024-10-12")), ..base }, rules());
    assert_eq!(d.pub_date, Some(DateSpan::day(date("2024-10-10"))));
    assert_eq!(d.anchor, Some(date("2024-10-10")));
    assert_eq!(d.sentence_dates[1], Some(span("2024-09-30", "2024-10-06", Precision::Week)));
    // a field date wins
    let f = DateSpan::day(date("2024-10-11"));
    let d = date_document(&DocDateInput { field_date: Some(f), reference: Some(date("2024-10-12")), ..base }, rules());
    assert_eq!(d.pub_date, Some(f));
    assert_eq!(d.sentence_dates[0], Some(DateSpan::day(date("2024-10-10"))));
    // month header without a day inside: anchor = reference, else None
    let d = date_document(&DocDateInput { header_date: Some("2024-10"), ..base }, rules());
    assert_eq!(d.anchor, None);
    assert_eq!(d.pub_date.map(|p| p.precision), Some(Precision::Month));
    // a header date without a year (`SEOUL, Nov 2 (Reuters)`) resolves against the reference only
    let d = date_document(&DocDateInput { header_date: Some("Nov 2"), ..base }, rules());
    assert_eq!(d.pub_date, None);
    let d = date_document(&DocDateInput { header_date: Some("Nov 2"), reference: Some(date("2024-11-03")), ..base }, rules());
    assert_eq!(d.pub_date, Some(DateSpan::day(date("2024-11-02"))));
    assert_eq!(d.sentence_dates[0], Some(DateSpan::day(date("2024-10-31"))));
    // sentence spans outside the text are skipped, not a panic
    let bad = [(0usize, 10_000usize), (50, 10)];
    let d = date_document(&DocDateInput { sentences: &bad, ..base }, rules());
    assert_eq!(d.sentence_dates.len(), 2);
}

#[test]
fn fuzz_token_soup() {
    // deterministic pseudo-random sequences of date-ish pieces: spans stay valid, no panic
    const PIECES: &[&str] = &[
        "Kamis", "(", ")", "22", "/", "9", "2022", "-", ".", ",", " ", "  ", "\n", "pekan", "lalu", "awal", "bulan", "ini",
        "Sept.", "21", "mid", "last", "year", "ago", "two", "Jum'at", "’", "é", "Juni", "Arti", "sejak", "pada", "hari",
        "31", "12", "0", "99999", "T", "lusa", "kemarin", "yang", "the", "day", "before", "yesterday", "Nov", "8th", ":",
    ];
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let anchors = [Anchor::default(), anchor_of(A), anchor_of(T), Anchor { date: Some(NaiveDate::MAX), bound: Some(NaiveDate::MAX) }];
    for _ in 0..3000 {
        let n = (next() % 12) as usize + 1;
        let t: String = (0..n).map(|_| PIECES[(next() % PIECES.len() as u64) as usize]).collect();
        for a in anchors {
            let ms = find_dates(&t, [Some("id"), Some("en"), None][(next() % 3) as usize], a, rules());
            let mut last = 0;
            for m in &ms {
                assert!(last <= m.start && m.start < m.end && m.end <= t.len(), "{t:?}: {ms:?}");
                assert!(t.is_char_boundary(m.start) && t.is_char_boundary(m.end), "{t:?}");
                assert!(m.span.is_none_or(|s| s.start <= s.end), "{t:?}");
                last = m.end;
            }
        }
    }
}

#[test]
fn month_window_documents() {
    // a day and month without weekday or year inside a month-precision header dates the
    // anchor ("Pada 19 Juni"); the relative words then resolve against it
    let s = seed("Pada 19 Juni, kedua pemimpin menandatangani perjanjian. Bulan lalu, ia membantahnya.", Some(" date 2024-06"));
    assert_eq!(s.dates.pub_date, Some(span("2024-06-01", "2024-06-30", Precision::Month)));
    assert_eq!(s.dates.anchor, Some(date("2024-06-19")));
    assert_eq!(s.one("19 Juni"), DateSpan::day(date("2024-06-19")));
    assert_eq!(s.one("Bulan lalu"), span("2024-05-01", "2024-05-31", Precision::Month));
    // a later day of the same month, after the anchor day, keeps the window's year (not the
    // latest earlier year whose weekday matches)
    let s = seed("Pada Sabtu (26/4) Kursk direbut. Dua hari berselang, pada Senin (28/4), Pyongyang membenarkan.", Some(" date 2025-04"));
    assert_eq!(s.dates.anchor, Some(date("2025-04-26")));
    assert_eq!(s.one("Senin (28/4)"), DateSpan::day(date("2025-04-28")));
    // a day-precision header still bounds the year: no date after it
    let s = seed("Pada Senin (28/4) Pyongyang membenarkan.", Some(" date 2025-04-26"));
    assert_ne!(s.one("Senin (28/4)"), DateSpan::day(date("2025-04-28")));
    // no header, no day: nothing is anchored
    let s = seed("Pada 19 Juni, kedua pemimpin menandatangani perjanjian.", None);
    assert_eq!(s.dates.anchor, None);
    assert_eq!(s.get("19 Juni"), vec![None]);
}

#[test]
fn a_header_date_reads_in_the_document_language() {
    // an English "11/05/2024" is 5 November (the English numeric order), an Indonesian one
    // 11 May; an English month name in an Indonesian page still gives the day
    let text = "Pasukan Korut tiba di Rusia.";
    let sentences = split(text);
    let input = DocDateInput { text, sentences: &sentences, language: Some("en"), header_date: Some("11/05/2024"), updated_date: None, field_date: None, rights_year: None, reference: None, today: date("2026-11-24") };
    assert_eq!(date_document(&input, rules()).pub_date, Some(DateSpan::day(date("2024-11-05"))));
    let id = DocDateInput { language: Some("id"), ..input };
    assert_eq!(date_document(&id, rules()).pub_date, Some(DateSpan::day(date("2024-05-11"))));
    let june = DocDateInput { language: Some("id"), header_date: Some("20 June 2024 14:25"), ..input };
    assert_eq!(date_document(&june, rules()).pub_date, Some(DateSpan::day(date("2024-06-20"))));
}

#[test]
fn an_english_page_that_writes_day_first_prints_its_numeric_header_so() {
    // "11/01/2024" on a page that writes "on 30 December" and "on 2 January" is 11 January
    // (Euronews); on one that writes "on Dec. 30" it stays 1 November, and so does a page
    // with no month name at all
    let header = Some("Published on 11/01/2024 - 09:18 GMT+1");
    let cases: &[(&str, &str)] = &[
        ("Kirby said one missile was fired at Ukraine on 30 December and several more on 2 January.", "2024-01-11"),
        ("Kirby said one missile was fired at Ukraine on Dec. 30 and several more on Jan. 2.", "2024-11-01"),
        ("Kirby said one missile was fired at Ukraine last week.", "2024-11-01"),
        // (an unambiguous header keeps its own order: 13 is no month)
        ("Kirby said one missile was fired at Ukraine on 30 December.", "2024-01-13"),
    ];
    for (i, &(text, want)) in cases.iter().enumerate() {
        let sentences = split(text);
        let h = if i == 3 { Some("13/01/2024") } else { header };
        let input = DocDateInput { text, sentences: &sentences, language: Some("en"), header_date: h, updated_date: None, field_date: None, rights_year: None, reference: None, today: date("2026-11-24") };
        assert_eq!(date_document(&input, rules()).pub_date, Some(DateSpan::day(date(want))), "{text}");
    }
    assert!(ambiguous_numeric("11/01/2024 - 09:18"));
    assert!(!ambiguous_numeric("13/01/2024"));
    assert!(!ambiguous_numeric("01/01/2024"));
    assert!(!ambiguous_numeric("04/28/25"));
}

#[test]
fn a_header_date_without_a_year_takes_the_copyright_year() {
    // TASS prints "APR 28, 14:05" and closes the page with "© TASS, 2025": 28 April 2025;
    // not when the text writes a later year than the copyright line, nor with no copyright
    // line, nor past today
    let cases: &[(&str, Option<i32>, &str, Option<&str>)] = &[
        ("Putin thanked the Korean servicemen, the Kremlin said on Monday.", Some(2025), "2026-11-24", Some("2025-04-28")),
        ("Putin thanked the Korean servicemen, the Kremlin said on Monday.", None, "2026-11-24", None),
        ("The treaty was signed in June 2026.", Some(2025), "2026-11-24", None),
        ("Putin thanked the Korean servicemen, the Kremlin said on Monday.", Some(2027), "2026-11-24", None),
    ];
    for &(text, year, today, want) in cases {
        let sentences = split(text);
        let input = DocDateInput { text, sentences: &sentences, language: Some("en"), header_date: Some("APR 28, 14:05"), updated_date: None, field_date: None, rights_year: year, reference: None, today: date(today) };
        assert_eq!(date_document(&input, rules()).pub_date, want.map(|w| DateSpan::day(date(w))), "{text} {year:?}");
    }
}
