//! Data model: see issue 3.
