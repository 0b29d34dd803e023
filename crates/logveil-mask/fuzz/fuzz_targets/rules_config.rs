//! Parses arbitrary text as a rules file and builds an engine from it: errors, never panics.
#![no_main]

use libfuzzer_sys::fuzz_target;
use logveil_mask::{Engine, RulesConfig};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(config) = RulesConfig::from_toml(text) {
        if let Ok(engine) = Engine::new(&config) {
            let _ = engine.detect(b"user=jane email=jane@example.com EMP-123456 10.0.0.1");
        }
    }
});
