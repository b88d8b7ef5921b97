//! Table-driven tests of the extractor, lexicon tests, and the seed articles.

use std::collections::BTreeSet;

use super::*;
use crate::time::DocDates;

/// A simple sentence splitter for the tests (the real one is `clean`'s): ends at `.!?`
/// (optionally followed by a closing quote) before a space and an upper-case letter or
/// quote, and at line breaks.
pub(crate) fn split(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        let mut end = None;
        if c == '\n' {
            end = Some((b, b + 1));
        } else if matches!(c, '.' | '!' | '?') {
            let mut j = i + 1;
            while j < chars.len() && matches!(chars[j].1, '"' | '\u{201D}' | '\u{2019}') {
                j += 1;
            }
            let e = chars.get(j).map_or(text.len(), |x| x.0);
            let next_word = chars[j..].iter().find(|x| !x.1.is_whitespace()).map(|x| x.1);
            let spaced = chars.get(j).is_some_and(|x| x.1.is_whitespace());
            if j >= chars.len() || (spaced && next_word.is_some_and(|n| n.is_uppercase() || matches!(n, '"' | '\u{201C}'))) {
                end = Some((e, e));
            }
        }
        if let Some((e, next)) = end {
            let seg = &text[start..e];
            if !seg.trim().is_empty() {
                let lead = seg.len() - seg.trim_start().len();
                out.push((start + lead, e));
            }
            start = next;
        }
        i += 1;
    }
    if start < text.len() && !text[start..].trim().is_empty() {
        let seg = &text[start..];
        let lead = seg.len() - seg.trim_start().len();
        out.push((start + lead, start + lead + seg.trim().len()));
    }
    out
}

fn extractor() -> &'static Extractor {
    use std::sync::OnceLock;
    static EX: OnceLock<Extractor> = OnceLock::new();
    EX.get_or_init(|| Extractor::new(Lexicon::default_ref()).expect("default extractor"))
}

pub(crate) fn run_with(text: &str, lang: &str, ex: &Extractor) -> Extraction {
    let sents = split(text);
    let dates = DocDates { sentence_dates: vec![None; sents.len()], ..Default::default() };
    extract(&DocInput { text, sentences: &sents, language: Some(lang), dates: &dates }, ex)
}

type Tuple = (Option<String>, String, String);

fn tuples(x: &Extraction) -> BTreeSet<Tuple> {
    x.stances.iter().map(|s| (s.country.clone(), s.claim.clone(), s.stance.as_str().to_string())).collect()
}

fn show(x: &Extraction) -> String {
    x.stances
        .iter()
        .map(|s| format!("  [{}] {:?} {:?} {} {} cue={:?} via={:?}", s.sentence, s.speaker, s.country, s.claim, s.stance.as_str(), s.cue, s.via))
        .collect::<Vec<_>>()
        .join("\n")
}

const A: &str = "prk_arms_to_rus";
const T: &str = "prk_troops_to_rus";
const K: &str = "rus_tech_to_prk";

/// (passage, language, expected (country, claim, stance) set)
type Case = (&'static str, &'static str, &'static [(Option<&'static str>, &'static str, &'static str)]);

const CASES: &[Case] = &[
    // ---- Indonesian: reported speech, quotes, carry-over
    ("Korea Utara mengatakan bahwa mereka tidak pernah melakukan transaksi senjata dengan Rusia.", "id", &[(Some("PRK"), A, "deny")]),
    ("Korea Utara pada Kamis (22/9) menegaskan, mereka tidak pernah memasok Rusia dengan senjata.", "id", &[(Some("PRK"), A, "deny")]),
    ("Juru bicara Gedung Putih John Kirby mengatakan Korea Utara secara diam-diam memasok peluru artileri kepada Rusia.", "id", &[(Some("USA"), A, "assert")]),
    ("\"Kami belum pernah mengekspor senjata atau amunisi ke Rusia sebelumnya,\" sebut KCNA.", "id", &[(Some("PRK"), A, "deny")]),
    ("“Kami tidak pernah melakukan transaksi senjata dengan Rusia,” kata seorang pejabat Kementerian Pertahanan Korea Utara.", "id", &[(Some("PRK"), A, "deny")]),
    ("Menurut Kementerian Pertahanan Korea Selatan, Korea Utara telah mengirim ribuan pasukan ke Rusia.", "id", &[(Some("KOR"), T, "assert")]),
    ("Korea Utara telah mengirim 10.000 tentara ke Rusia, menurut badan intelijen Korea Selatan.", "id", &[(Some("KOR"), T, "assert")]),
    ("Pekan lalu, pemimpin Ukraina Volodymyr Zelensky menuduh Korea Utara mengirimkan senjata dan personel militer ke Rusia.", "id", &[(Some("UKR"), A, "assert"), (Some("UKR"), T, "assert")]),
    ("Para pejabat Korea Selatan menuduh senjata-senjata yang dipasok oleh Korea Utara sudah digunakan di Ukraina.", "id", &[(Some("KOR"), A, "assert")]),
    ("AS telah menuduh Korea Utara memasok amunisi untuk mengisi kembali cadangan Rusia.", "id", &[(Some("USA"), A, "assert")]),
    ("Korea Utara menolak tuduhan bahwa mereka telah mengirim pasukan ke Rusia.", "id", &[(Some("PRK"), T, "deny")]),
    ("Menteri Luar Negeri Rusia Sergey Lavrov membantah klaim Amerika Serikat bahwa Korea Utara mengirim munisi ke Rusia.", "id", &[(Some("RUS"), A, "deny"), (Some("USA"), A, "assert")]),
    ("Menyangkal semua tuduhan Amerika Serikat (AS), Korea Utara menegaskan mereka tidak pernah memasok Rusia dengan senjata.", "id", &[(Some("PRK"), A, "deny"), (Some("USA"), A, "assert")]),
    ("Korea Utara telah membantah klaim Amerika bahwa negara itu mengirimkan peluru artileri dan amunisi ke Rusia. Korea Utara pada Selasa menuduh AS berbohong.", "id", &[(Some("PRK"), A, "deny"), (Some("USA"), A, "assert")]),
    ("Lavrov membantah bahwa Korea Utara memasok amunisi ke Rusia. \"Saya tidak mengomentari rumor,\" imbuhnya.", "id", &[(Some("RUS"), A, "deny")]),
    ("Seorang pejabat kementerian pertahanan Korea Utara menyebut tuduhan AS soal pasokan senjata ke Rusia sebagai rumor.", "id", &[(Some("PRK"), A, "deny")]),
    ("Kirby mengatakan Korea Utara memasok peluru artileri ke Rusia. Seorang pejabat Korea Utara menyebut tuduhan itu sebagai rumor.", "id", &[(Some("USA"), A, "assert"), (Some("PRK"), A, "deny")]),
    ("Kabar adanya transaksi senjata antara Rusia dan Korea Utara pertama kali diungkapkan oleh wakil juru bicara Departemen Luar Negeri AS Vedant Patel.", "id", &[(Some("USA"), A, "assert")]),
    ("Vedant Patel mengatakan Rusia sedang membeli jutaan roket dan peluru artileri dari Korea Utara. Kirby menyebut belum ada indikasi pembelian senjata telah dilakukan.", "id", &[(Some("USA"), A, "assert"), (Some("USA"), A, "hedge")]),
    ("Juru bicara Kremlin Dmitry Peskov menolak spekulasi bahwa militer Korea Utara terlibat dalam permusuhan dengan Ukraina sebagai “cerita palsu”.", "id", &[(Some("RUS"), T, "deny")]),
    ("Peskov menolak laporan itu. Dia juga mengingat bahwa Pentagon tidak dapat mengkonfirmasi penempatan pasukan Korea Utara di Rusia.", "id", &[(Some("USA"), T, "hedge")]),
    ("Pentagon tidak dapat mengkonfirmasi penempatan pasukan Korea Utara di Rusia.", "id", &[(Some("USA"), T, "hedge")]),
    ("“Kami menganggap langkah AS sebagai upaya permusuhan,” kata seorang wakil direktur di kantor urusan militer kementerian luar negeri Korea Utara. “Kami tidak pernah melakukan ‘transaksi senjata’ dengan Rusia,” kata wakil direktur itu.", "id", &[(Some("PRK"), A, "deny")]),
    ("Korea Utara dikabarkan telah mengirim ribuan tentara ke Rusia.", "id", &[(None, T, "hedge")]),
    ("Korea Utara disebut memasok rudal balistik ke Rusia.", "id", &[(None, A, "hedge")]),
    ("Kementerian Pertahanan Korea Selatan mengatakan kemungkinan Korea Utara mengirim pasukan ke Rusia.", "id", &[(Some("KOR"), T, "hedge")]),
    ("Rusia mengirimi pemimpin Korea Utara Kim Jong Un satu kereta penuh berisi 30 kuda.", "id", &[]),
    ("Korea Utara menembakkan rudal balistik ke Laut Jepang, kata Kepala Staf Gabungan Korea Selatan.", "id", &[]),
    ("Pyongyang mengatakan pihaknya menguji coba rudal dan artileri untuk menyerang target di Korea Selatan.", "id", &[]),
    ("Rusia mengirim pasukan tambahan ke Ukraina timur, kata Kementerian Pertahanan Inggris.", "id", &[]),
    ("Presiden Putin mengatakan kedua negara akan memperluas hubungan bilateral yang komprehensif.", "id", &[]),
    ("Juru bicara Dewan Keamanan Nasional Gedung Putih, John Kirby, mengatakan AS yakin Kim sedang mengincar teknologi-teknologi persenjataan canggih milik Rusia.", "id", &[(Some("USA"), K, "assert")]),
    ("Badan intelijen Korea Selatan mengatakan Rusia memberikan teknologi satelit kepada Korea Utara sebagai imbalan.", "id", &[(Some("KOR"), K, "assert")]),
    ("Kremlin membantah telah memberikan teknologi rudal kepada Korea Utara.", "id", &[(Some("RUS"), K, "deny")]),
    ("“Apa yang disebut sebagai transfer senjata antar negara berdaulat sama sekali tidak relevan,” kata diplomat Korea Utara itu.", "id", &[(Some("PRK"), A, "deny")]),
    ("Korea Selatan juga meningkatkan kekhawatiran atas dugaan pergerakan pasukan Pyongyang ke Rusia.", "id", &[(Some("KOR"), T, "hedge")]),
    ("Gedung Putih mengatakan pada pekan lalu bahwa Korea Utara sudah mengirimkan lebih dari 1.000 kontainer berisi peralatan militer dan persenjataan ke Rusia.", "id", &[(Some("USA"), A, "assert")]),
    ("Badan intelijen Ukraina melaporkan tentara Korea Utara tewas di Kursk.", "id", &[(Some("UKR"), T, "assert")]),
    ("Kantor berita KCNA melaporkan, Kim Jong Un bertemu Putin di Vladivostok.", "id", &[]),
    ("“Korea Utara jelas menggunakan perang Ukraina untuk mempererat hubungannya dengan Rusia,” kata Victor Cha.", "id", &[]),
    ("Duta besar Korea Utara untuk PBB mengatakan laporan pengiriman pasukan ke Rusia adalah berita palsu.", "id", &[(Some("PRK"), T, "deny")]),
    ("Wakil Menteri Pertahanan Korea Selatan mengonfirmasi bahwa Korea Utara telah mengerahkan pasukan ke wilayah Kursk.", "id", &[(Some("KOR"), T, "assert")]),
    ("Pejabat Jepang menyatakan tidak ada indikasi Korea Utara mengirim senjata ke Rusia.", "id", &[(Some("JPN"), A, "hedge")]),
    ("Rusia tidak pernah membeli senjata dari Korea Utara, ujar Peskov.", "id", &[(Some("RUS"), A, "deny")]),
    // ---- English
    ("North Korea's defence ministry said it had never exported weapons or ammunition to Russia.", "en", &[(Some("PRK"), A, "deny")]),
    ("\"We have never exported weapons or ammunition to Russia before and we do not plan to export them,\" the ministry official said in a statement carried by KCNA.", "en", &[(Some("PRK"), A, "deny")]),
    ("White House national security spokesman John Kirby said North Korea was covertly supplying a significant number of artillery shells to Russia.", "en", &[(Some("USA"), A, "assert")]),
    ("According to South Korea's spy agency, North Korea has sent about 10,000 troops to Russia.", "en", &[(Some("KOR"), T, "assert")]),
    ("North Korea has sent about 10,000 troops to Russia, according to the Pentagon.", "en", &[(Some("USA"), T, "assert")]),
    ("North Korea has sent about 10,000 troops to Russia, South Korean officials said.", "en", &[(Some("KOR"), T, "assert")]),
    ("\"North Korean troops are now fighting in Kursk,\" said Ukrainian President Volodymyr Zelensky.", "en", &[(Some("UKR"), T, "assert")]),
    ("Kremlin spokesman Dmitry Peskov dismissed reports that North Korean troops were fighting in Ukraine as fake news.", "en", &[(Some("RUS"), T, "deny")]),
    ("Russian Foreign Minister Sergei Lavrov denied US claims that North Korea had shipped munitions to Russia.", "en", &[(Some("RUS"), A, "deny"), (Some("USA"), A, "assert")]),
    ("The Pentagon could not confirm the deployment of North Korean troops to Russia.", "en", &[(Some("USA"), T, "hedge")]),
    ("Defense Secretary Lloyd Austin said there was no indication that North Korean troops were in Russia.", "en", &[(Some("USA"), T, "hedge")]),
    ("North Korea has reportedly sent troops to Russia.", "en", &[(None, T, "hedge")]),
    ("North Korea allegedly supplied ballistic missiles to Russia.", "en", &[(None, A, "hedge")]),
    ("The United States has accused North Korea of supplying artillery shells to Russia.", "en", &[(Some("USA"), A, "assert")]),
    ("North Korea rejected accusations that it sent troops to Russia.", "en", &[(Some("PRK"), T, "deny")]),
    ("North Korea denied supplying weapons to Russia, calling the reports groundless.", "en", &[(Some("PRK"), A, "deny")]),
    ("John Kirby said North Korea was shipping shells to Russia. A North Korean official called the allegations a lie.", "en", &[(Some("USA"), A, "assert"), (Some("PRK"), A, "deny")]),
    ("Lavrov said North Korea never sold arms to Russia. \"I do not comment on rumours,\" he said.", "en", &[(Some("RUS"), A, "deny")]),
    ("A North Korean foreign ministry official said Pyongyang never had arms dealings with Russia, KCNA reported.", "en", &[(Some("PRK"), A, "deny")]),
    ("North Korea's deputy foreign minister said the country had no arms deal with Russia, Yonhap reported, citing KCNA.", "en", &[(Some("PRK"), A, "deny")]),
    ("The State Department said Russia was buying millions of rockets and artillery shells from North Korea.", "en", &[(Some("USA"), A, "assert")]),
    ("US intelligence shows Russia fired North Korean missiles at Ukraine, a White House official said.", "en", &[(Some("USA"), A, "assert")]),
    ("South Korea's spy agency said North Korea may be preparing to send more troops to Russia.", "en", &[(Some("KOR"), T, "hedge")]),
    ("Kirby said the United States believes Kim is seeking advanced weapons technology from Russia.", "en", &[(Some("USA"), K, "assert")]),
    ("South Korea said Russia is providing North Korea with satellite technology in return for arms.", "en", &[(Some("KOR"), K, "assert")]),
    ("Russia sent 30 horses to North Korean leader Kim Jong Un, the agency said.", "en", &[]),
    ("North Korea fired two ballistic missiles into the sea, South Korea's military said.", "en", &[]),
    ("Russia has deployed more troops to eastern Ukraine, the British defence ministry said.", "en", &[]),
    ("Putin said the two countries would expand their comprehensive bilateral relations.", "en", &[]),
    ("The two leaders discussed cooperation in agriculture and tourism, KCNA said.", "en", &[]),
    ("Japan's chief cabinet secretary said Tokyo was monitoring reports that North Korean soldiers were killed in Kursk.", "en", &[(Some("JPN"), T, "hedge")]),
    ("NATO Secretary General Mark Rutte confirmed that North Korean troops have been sent to Russia.", "en", &[(Some("NATO"), T, "assert")]),
    ("Ukraine's military intelligence said North Korean soldiers were captured in the Kursk region.", "en", &[(Some("UKR"), T, "assert")]),
    ("The Kremlin neither confirmed nor denied that North Korean troops were in Russia.", "en", &[(Some("RUS"), T, "hedge")]),
    ("Peskov declined to comment on reports that North Korea was supplying artillery shells to Russia.", "en", &[(Some("RUS"), A, "hedge")]),
    ("Russia's defence ministry denied that it had received any weapons from North Korea.", "en", &[(Some("RUS"), A, "deny")]),
    ("\"These claims are absurd,\" Russian Deputy Foreign Minister Sergei Ryabkov said of reports that North Korea sent shells to Russia.", "en", &[(Some("RUS"), A, "deny")]),
    ("North Korean state media said the United States was spreading rumours about an arms deal with Russia.", "en", &[(Some("PRK"), A, "deny")]),
    ("Victor Cha, an analyst at CSIS, said North Korea is clearly using the war to deepen ties with Russia.", "en", &[]),
    ("South Korean lawmakers, briefed by the National Intelligence Service, said North Korea had shipped more than a million artillery shells to Russia.", "en", &[(Some("KOR"), A, "assert")]),
    ("The UN panel of experts said North Korean missiles were used by Russia in Ukraine.", "en", &[(Some("UN"), A, "assert")]),
    ("The official said the allegations were baseless.", "en", &[]),
];

#[test]
fn table_of_sentences() {
    let ex = extractor();
    let mut failures = Vec::new();
    for (text, lang, want) in CASES {
        let got = run_with(text, lang, ex);
        let want: BTreeSet<Tuple> = want.iter().map(|(c, cl, s)| (c.map(str::to_string), cl.to_string(), s.to_string())).collect();
        let have = tuples(&got);
        if have != want {
            failures.push(format!("{text}\n  want {want:?}\n  have {have:?}\n{}", show(&got)));
        }
    }
    let english = CASES.iter().filter(|c| c.1 == "en").count();
    assert!(CASES.len() >= 80 && english * 2 >= CASES.len() - 2, "{} cases, {english} English", CASES.len());
    assert!(failures.is_empty(), "{} of {} failed:\n{}", failures.len(), CASES.len(), failures.join("\n"));
}
