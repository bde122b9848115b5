//! The one number formatter: see issue 3.
