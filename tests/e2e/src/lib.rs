//! Integration tests across Otter's crates and real servers; the tests are in `tests/`.
