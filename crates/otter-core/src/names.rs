//! Random account names for throwaway accounts.
//!
//! A name is drawn from the operating system's random source only: never from the machine's
//! or the user's name, the time, or a counter, so two names say nothing about each other or
//! about who made them.

/// Consonants that read the same in most languages Otter is translated into, and never form
/// a digraph with the next letter when followed by a vowel.
const CONSONANTS: &[u8; 16] = b"bdfgklmnprstvzhj";
/// Vowels.
const VOWELS: &[u8; 5] = b"aeiou";
/// Consonant-vowel syllables per name: 80^5 ≈ 3.3 × 10⁹ names (31.6 bits), so a name picked
/// for a public server is very unlikely to be taken, and 10 letters stay easy to read out.
const SYLLABLES: usize = 5;

/// The operating system's random source failed.
#[derive(Debug, thiserror::Error)]
#[error("no random bytes available: {0}")]
pub struct RandomNameError(String);

/// A pronounceable random name for a new account's local part, such as `bokatinemu`: lower
/// case ASCII letters, valid in any XMPP address.
pub fn random_account_name() -> Result<String, RandomNameError> {
    let mut name = String::with_capacity(SYLLABLES * 2);
    let mut pool = Vec::new();
    while name.len() < SYLLABLES * 2 {
        let Some(byte) = pool.pop() else {
            pool = vec![0u8; 32];
            getrandom::fill(&mut pool).map_err(|e| RandomNameError(e.to_string()))?;
            continue;
        };
        // 80 syllables; bytes from 240 up are dropped so each syllable is equally likely.
        let Some((consonant, vowel)) = syllable(byte) else {
            continue;
        };
        name.push(char::from(consonant));
        name.push(char::from(vowel));
    }
    Ok(name)
}

/// The syllable a random byte stands for, or `None` for the bytes outside a whole number of
/// rounds (rejection sampling, so no syllable is favoured).
fn syllable(byte: u8) -> Option<(u8, u8)> {
    const COUNT: usize = CONSONANTS.len() * VOWELS.len();
    let byte = usize::from(byte);
    if byte >= 256 - 256 % COUNT {
        return None;
    }
    let index = byte % COUNT;
    Some((
        *CONSONANTS.get(index / VOWELS.len())?,
        *VOWELS.get(index % VOWELS.len())?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_pronounceable_lower_case_and_differ() {
        let names: Vec<String> = (0..200).map(|_| random_account_name().unwrap()).collect();
        for name in &names {
            assert_eq!(name.len(), SYLLABLES * 2, "{name}");
            for (i, c) in name.bytes().enumerate() {
                let set: &[u8] = if i % 2 == 0 { CONSONANTS } else { VOWELS };
                assert!(set.contains(&c), "{name}");
            }
        }
        let distinct: std::collections::BTreeSet<_> = names.iter().collect();
        assert_eq!(distinct.len(), names.len(), "200 draws from 3.3e9 names");
    }

    #[test]
    fn every_syllable_is_equally_likely() {
        let mut counts = std::collections::HashMap::new();
        for byte in 0..=u8::MAX {
            if let Some(s) = syllable(byte) {
                *counts.entry(s).or_insert(0) += 1;
            }
        }
        assert_eq!(counts.len(), 80);
        assert!(
            counts.values().all(|&n| n == 3),
            "each of 80 syllables from 3 bytes"
        );
    }
}
