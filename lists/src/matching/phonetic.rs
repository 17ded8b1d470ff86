//! American Soundex (the US National Archives' rules), written out: a dozen lines, no tables,
//! where `rphonetic` would bring Double Metaphone and Beider-Morse rules the matcher does not use.

/// The Soundex code of a Latin token ("robert" = R163, "mohammed" = M530); `None` when it does
/// not start with a letter a–z.
pub fn soundex(token: &str) -> Option<[u8; 4]> {
    let mut chars = token.bytes();
    let first = chars
        .next()
        .filter(u8::is_ascii_alphabetic)?
        .to_ascii_uppercase();
    let mut code = [first, b'0', b'0', b'0'];
    let mut len = 1;
    let mut last = digit(first);
    for c in chars {
        let d = digit(c);
        match d {
            // H and W do not separate letters of one code: "ashcraft" = A261.
            Some(b'h') => continue,
            Some(b'0') => last = Some(b'0'),
            Some(d) if Some(d) != last => {
                if len < 4 {
                    code[len] = d;
                    len += 1;
                }
                last = Some(d);
            }
            _ => {}
        }
    }
    Some(code)
}

/// A letter's Soundex digit; `b'0'` for a vowel (it separates), `b'h'` for H and W.
fn digit(c: u8) -> Option<u8> {
    Some(match c.to_ascii_lowercase() {
        b'b' | b'f' | b'p' | b'v' => b'1',
        b'c' | b'g' | b'j' | b'k' | b'q' | b's' | b'x' | b'z' => b'2',
        b'd' | b't' => b'3',
        b'l' => b'4',
        b'm' | b'n' => b'5',
        b'r' => b'6',
        b'a' | b'e' | b'i' | b'o' | b'u' | b'y' => b'0',
        b'h' | b'w' => b'h',
        _ => return None,
    })
}
