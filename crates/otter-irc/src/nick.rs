//! Default nicks: random and pronounceable, so they can be said aloud and remembered, and say
//! nothing about the user (never the login name, host name or program name).

use crate::target::Nick;

/// Consonants that read the same in most languages written in Latin script (no c, q, x, y:
/// they are pronounced in too many ways).
const CONSONANTS: &[u8; 16] = b"bdfghjklmnprstvz";
const VOWELS: &[u8; 5] = b"aeiou";

/// How many consonant-vowel syllables a nick has: 80^4 ≈ 41 million nicks, in 8 letters, which
/// fits the shortest `NICKLEN` in use (9).
pub const NICK_SYLLABLES: usize = 4;

/// A pronounceable nick made from `entropy` (one random byte per letter; the caller draws them
/// from the system's generator: otter-irc reads no randomness itself). The same bytes give the
/// same nick.
pub fn pronounceable_nick(entropy: [u8; NICK_SYLLABLES * 2]) -> Nick {
    let mut nick = String::with_capacity(NICK_SYLLABLES * 2);
    for pair in entropy.chunks_exact(2) {
        if let [c, v] = pair {
            // Modulo bias: 256 is a multiple of 16; for the vowels the bias is 1/256, harmless
            // for a nick.
            let consonant = CONSONANTS.get(usize::from(*c) % CONSONANTS.len());
            let vowel = VOWELS.get(usize::from(*v) % VOWELS.len());
            if let (Some(&consonant), Some(&vowel)) = (consonant, vowel) {
                nick.push(char::from(consonant));
                nick.push(char::from(vowel));
            }
        }
    }
    Nick::from_wire(&nick)
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use super::*;

    #[test]
    fn nicks_alternate_consonants_and_vowels_and_are_valid() {
        let mut seen = HashSet::new();
        let mut state: u64 = 0x9e37_79b9_7f4a_7c15;
        for _ in 0..2000 {
            let mut entropy = [0u8; NICK_SYLLABLES * 2];
            for byte in &mut entropy {
                // xorshift: any spread of bytes will do for the test.
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                *byte = state.to_le_bytes()[0];
            }
            let nick = pronounceable_nick(entropy);
            let text = nick.as_str();
            assert_eq!(text.len(), 8);
            assert!(Nick::parse(text).is_ok(), "{text}");
            for (i, b) in text.bytes().enumerate() {
                let set: &[u8] = if i % 2 == 0 { CONSONANTS } else { VOWELS };
                assert!(set.contains(&b), "{text}");
            }
            seen.insert(text.to_owned());
        }
        assert!(seen.len() > 1990, "{} distinct of 2000", seen.len());
    }

    #[test]
    fn the_same_bytes_give_the_same_nick() {
        let bytes = [0, 0, 1, 1, 2, 2, 255, 255];
        assert_eq!(pronounceable_nick(bytes).as_str(), "badefiza");
        assert_eq!(pronounceable_nick(bytes), pronounceable_nick(bytes));
    }
}
