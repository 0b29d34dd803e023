//! Wire formats logveil accepts, decoded into [`logveil_core::LogRecord`]s.
