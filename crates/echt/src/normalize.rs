//! Stage 2: normalised token text for matching.
//!
//! Matching compares *folded* forms: lowercase, accents and diaereses
//! removed (`Dé` → `de`, `ongeëvenaard` → `ongeevenaard`), typographic
//! apostrophes and hyphens made plain (`auto’s` → `auto's`), subscript digits
//! made plain (`CO₂` → `co2`). Folding writes into a separate buffer; token
//! spans never change, so findings always underline the original text.

/// Appends the folded form of `s` to `out`.
///
/// ```
/// let mut out = String::new();
/// echt::normalize::fold_into("Dé CO₂-Neutrale auto’s", &mut out);
/// assert_eq!(out, "de co2-neutrale auto's");
/// ```
pub fn fold_into(s: &str, out: &mut String) {
    if s.is_ascii() {
        // The common case: copy, then lowercase the copy in place.
        let start = out.len();
        out.push_str(s);
        out[start..].make_ascii_lowercase();
        return;
    }
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            for l in c.to_lowercase() {
                push_folded(l, out);
            }
        }
    }
}

/// The folded form of `s` as a new string.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(s, &mut out);
    out
}

/// True when folding changes more than case: `s` carries accents or other
/// marks that a pattern may want to require (`dé` versus `de`).
pub fn has_marks(s: &str) -> bool {
    fold(s) != s.to_lowercase()
}

fn push_folded(c: char, out: &mut String) {
    let plain = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ś' | 'š' => 's',
        'ź' | 'ż' | 'ž' => 'z',
        'ł' => 'l',
        '’' | '‘' | 'ʼ' | '`' | '´' => '\'',
        '‐' | '‑' => '-',
        '₀'..='₉' => char::from(b'0' + (c as u32 - '₀' as u32) as u8),
        'ĳ' => {
            out.push_str("ij");
            return;
        }
        'æ' => {
            out.push_str("ae");
            return;
        }
        'œ' => {
            out.push_str("oe");
            return;
        }
        'ß' => {
            out.push_str("ss");
            return;
        }
        other => other,
    };
    out.push(plain);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_and_accents() {
        assert_eq!(fold("ÉÉN Ongeëvenaard"), "een ongeevenaard");
    }

    #[test]
    fn folds_typographic_apostrophes() {
        assert_eq!(fold("zo’n"), "zo'n");
    }

    #[test]
    fn folds_ligatures_and_subscripts() {
        assert_eq!(fold("ĳs CO₂"), "ijs co2");
    }

    #[test]
    fn marks_are_detected() {
        assert!(has_marks("dé"));
        assert!(!has_marks("De"));
    }
}
