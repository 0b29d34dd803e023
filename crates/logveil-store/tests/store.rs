//! Storage against real files: sealing, durability, search, restart, locking and retention.

// Test helpers may fail loudly.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use logveil_core::{Clock, Level, LogRecord, ManualClock, Timestamp};
use logveil_mask::Engine;
use logveil_store::logs::SearchRequest;
use logveil_store::record::StoredRecord;
use logveil_store::storage::{Storage, StorageOptions};

const T0: i64 = 1_795_000_000; // 2026-11-18

fn rec(service: &str, secs: i64, line: &str) -> LogRecord {
    LogRecord {
        ts: Timestamp::from_unix_seconds(secs),
        service: service.parse().unwrap(),
        level: Level::Info,
        trace_id: None,
        span_id: None,
        labels: BTreeMap::from([("env".to_owned(), "prod".to_owned())]),
        attributes: BTreeMap::from([(
            "customer.email".to_owned(),
            "kim.lee@example.org".to_owned(),
        )]),
        line: line.to_owned(),
    }
}

fn options(dir: &std::path::Path) -> StorageOptions {
    // Commits only when a test asks: what is indexed when is then the test's choice.
    StorageOptions {
        commit_every: Duration::from_secs(3600),
        ..StorageOptions::new(dir)
    }
}

async fn open(dir: &std::path::Path, clock: &ManualClock) -> Storage {
    let (s, _) = Storage::open(options(dir), Engine::builtin(), Arc::new(clock.clone()))
        .await
        .unwrap();
    s
}

fn all(service: &str) -> SearchRequest {
    SearchRequest {
        services: vec![service.parse().unwrap()],
        from: Timestamp::from_unix_seconds(T0 - 86_400 * 30),
        to: Timestamp::from_unix_seconds(T0 + 86_400),
        limit: 100,
        newest_first: true,
        ..Default::default()
    }
}

fn keep_all() -> Arc<dyn Fn(&StoredRecord) -> bool + Send + Sync> {
    Arc::new(|_| true)
}

fn files_contain(dir: &std::path::Path, needle: &[u8]) -> Vec<String> {
    let mut hits = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else {
                let bytes = std::fs::read(&p).unwrap();
                if bytes.windows(needle.len()).any(|w| w == needle) {
                    hits.push(p.display().to_string());
                }
            }
        }
    }
    hits
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stored_records_are_masked_sealed_and_searchable() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(Timestamp::from_unix_seconds(T0));
    let s = open(dir.path(), &clock).await;
    let ids = s
        .ingest(vec![
            rec(
                "api",
                T0 - 10,
                "payment failed for jane.doe@example.com from 203.0.113.77: timeout",
            ),
            rec("api", T0 - 5, "healthz ok"),
            rec("web", T0 - 3, "login user=jdoe ok"),
        ])
        .await
        .unwrap();
    assert_eq!(ids, vec![1, 2, 3]);
    s.commit().await.unwrap();

    let found = s.search(all("api"), keep_all()).await.unwrap();
    assert_eq!(found.len(), 2);
    assert_eq!(found[0].line, "healthz ok", "newest first");
    let r = &found[1];
    assert!(
        !r.line.contains("jane.doe@example.com") && !r.line.contains("203.0.113.77"),
        "{}",
        r.line
    );
    assert!(
        !r.attributes[0].1.contains("kim.lee"),
        "attributes are masked too"
    );
    let key = s
        .existing_data_key(&r.service, r.ts.day())
        .await
        .unwrap()
        .unwrap();
    let originals = r.open(&key).unwrap();
    let values: Vec<&[u8]> = originals.iter().map(|v| v.as_slice()).collect();
    assert!(values.contains(&&b"jane.doe@example.com"[..]));
    assert!(values.contains(&&b"kim.lee@example.org"[..]));

    // Substring narrowing through the index, exact filter after.
    let mut req = all("api");
    req.substrings = vec!["timeout".into()];
    assert_eq!(s.search(req, keep_all()).await.unwrap().len(), 1);
    let mut req = all("api");
    req.substrings = vec!["reset by peer".into()];
    assert!(s.search(req, keep_all()).await.unwrap().is_empty());

    // A value one already holds finds its records by keyed token, without being shown.
    let tok = s.masker().token_key().token(
        logveil_mask::Kind::EMAIL,
        "email",
        b"jane.doe@example.com",
        &mut Vec::new(),
    );
    let mut req = all("api");
    req.tokens = vec![("email".into(), tok.0[..8].try_into().unwrap())];
    assert_eq!(s.search(req, keep_all()).await.unwrap().len(), 1);

    s.shutdown().await;
    for pii in [
        "jane.doe@example.com",
        "203.0.113.77",
        "kim.lee@example.org",
        "jdoe",
    ] {
        assert!(
            files_contain(dir.path(), pii.as_bytes()).is_empty(),
            "{pii} found at rest"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn restart_keeps_everything_and_a_second_server_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(Timestamp::from_unix_seconds(T0));
    let s = open(dir.path(), &clock).await;
    s.ingest(
        (0..50)
            .map(|i| rec("api", T0 - i, &format!("line {i}")))
            .collect(),
    )
    .await
    .unwrap();

    let err = Storage::open(
        options(dir.path()),
        Engine::builtin(),
        Arc::new(clock.clone()),
    )
    .await
    .unwrap_err()
    .to_string();
    assert!(err.contains("in use by another logveil server"), "{err}");

    s.shutdown().await;
    drop(s);
    let s = open(dir.path(), &clock).await;
    let found = s.search(all("api"), keep_all()).await.unwrap();
    assert_eq!(found.len(), 50);
    let ids = s
        .ingest(vec![rec("api", T0, "after restart")])
        .await
        .unwrap();
    assert_eq!(ids, vec![51], "numbering continues");
    s.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn uncommitted_records_are_replayed_once_after_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(Timestamp::from_unix_seconds(T0));
    {
        let s = open(dir.path(), &clock).await;
        s.ingest(
            (0..20)
                .map(|i| rec("api", T0 - i, &format!("first {i}")))
                .collect(),
        )
        .await
        .unwrap();
        s.commit().await.unwrap();
        s.ingest(
            (0..7)
                .map(|i| rec("api", T0 - i, &format!("second {i}")))
                .collect(),
        )
        .await
        .unwrap();
        // A crash: the process ends without committing the indexes or stopping the writer.
        std::mem::forget(s);
    }
    // The forgotten server still holds the lock file in this process; a crash would release
    // it. Copy the data directory as the crash left it.
    let copy = tempfile::tempdir().unwrap();
    copy_dir(dir.path(), copy.path());
    let (s, report) = Storage::open(
        options(copy.path()),
        Engine::builtin(),
        Arc::new(clock.clone()),
    )
    .await
    .unwrap();
    assert_eq!(
        report.replayed, 7,
        "the uncommitted batch is indexed from the log"
    );
    let found = s.search(all("api"), keep_all()).await.unwrap();
    assert_eq!(found.len(), 27);
    let mut ids: Vec<u64> = found.iter().map(|r| r.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 27, "no record twice");
    s.shutdown().await;
}

/// A snapshot of a directory that a live process still writes to, as a crash would leave it.
/// Files the index's garbage collection deletes between listing and copying (regression: this
/// made the crash test flaky under load) are simply not in the snapshot, as after a crash.
fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let target = to.join(e.file_name());
        if e.path().is_dir() {
            copy_dir(&e.path(), &target);
        } else {
            match std::fs::copy(e.path(), target) {
                Ok(_) => {}
                Err(err) if err.kind() == std::io::ErrorKind::NotFound => {}
                Err(err) => panic!("copying {}: {err}", e.path().display()),
            }
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn retention_drops_partitions_and_destroys_their_keys() {
    let dir = tempfile::tempdir().unwrap();
    let clock = ManualClock::new(Timestamp::from_unix_seconds(T0));
    let s = open(dir.path(), &clock).await;
    let old = rec("api", T0 - 86_400 * 10, "old line for jane@example.com");
    let old_day = old.ts.day();
    s.ingest(vec![old, rec("api", T0, "new line")])
        .await
        .unwrap();
    s.commit().await.unwrap();
    s.control()
        .set_retention(&"api".parse().unwrap(), 7)
        .await
        .unwrap();
    clock.advance(Duration::from_secs(1));
    let dropped = s.run_retention(30).await.unwrap();
    assert_eq!(dropped.len(), 1);
    assert_eq!(dropped[0].1, vec![old_day]);
    let found = s.search(all("api"), keep_all()).await.unwrap();
    assert_eq!(found.len(), 1);
    assert!(s
        .existing_data_key(&"api".parse().unwrap(), old_day)
        .await
        .unwrap()
        .is_none());
    assert!(!dir
        .path()
        .join("logs/api")
        .join(old_day.to_string())
        .exists());
    s.shutdown().await;
    let _ = clock.now();
}

mod narrowing {
    //! The index narrows `|=` searches by words; it must never drop a line that contains the
    //! literal, whatever the script, case, digits and punctuation around it.

    use super::*;
    use logveil_store::logs::LogStore;
    use proptest::prelude::*;

    fn soup() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                Just("timeout"),
                Just("Timeout"),
                Just("ERROR"),
                Just(" "),
                Just("="),
                Just("-"),
                Just("5000ms"),
                Just("0x1f"),
                Just("ΟΔΟΣ"),
                Just("straße"),
                Just("İstanbul"),
                Just("Zoë"),
                Just("日本"),
                Just("ǅ"),
                Just("/"),
                Just("."),
                Just("a"),
                Just("7"),
            ],
            1..12,
        )
        .prop_map(|parts| parts.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(160))]
        #[test]
        fn a_line_is_found_by_any_substring_of_it(lines in prop::collection::vec(soup(), 1..6), pick in any::<prop::sample::Index>(), a in any::<prop::sample::Index>(), b in any::<prop::sample::Index>()) {
            let dir = tempfile::tempdir().unwrap();
            let mut store = LogStore::open(dir.path()).unwrap();
            for (i, l) in lines.iter().enumerate() {
                let mut r = StoredRecord::unmasked(rec("api", T0, l));
                r.id = i as u64 + 1;
                let enc = r.encode().unwrap();
                store.add(&r, &enc).unwrap();
            }
            store.commit(Timestamp::from_unix_seconds(T0).day()).unwrap();
            let line = &lines[pick.index(lines.len())];
            let bounds: Vec<usize> = line.char_indices().map(|(i, _)| i).chain([line.len()]).collect();
            let (mut x, mut y) = (bounds[a.index(bounds.len())], bounds[b.index(bounds.len())]);
            if x > y {
                std::mem::swap(&mut x, &mut y);
            }
            let sub = &line[x..y];
            prop_assume!(!sub.is_empty());
            let mut req = all("api");
            req.substrings = vec![sub.to_owned()];
            let found = store.search(&req, &|r: &StoredRecord| r.line.contains(sub)).unwrap();
            let want = lines.iter().filter(|l| l.contains(sub)).count();
            prop_assert_eq!(found.len(), want, "substring {:?} of {:?}", sub, line);
        }
    }
}
