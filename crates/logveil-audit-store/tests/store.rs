//! One conformance suite, run on each backend; then what only one backend has.
//!
//! The PostgreSQL tests use `LOGVEIL_TEST_POSTGRES` (default
//! `postgres://postgres@127.0.0.1:5432/test`), each in a schema of its own that is dropped
//! afterwards; `scripts/test` makes sure that server is there. They fail, never skip, without
//! it.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::Read;

use logveil_audit_store::testing::PgSchema;
use logveil_audit_store::{FileStore, LineStore, PgStore, PgStoreError};

/// The contract every [`LineStore`] meets (see the crate documentation), checked against a
/// fresh, empty store made by `fresh` and reopened by `reopen` (the same storage, a new
/// handle).
fn conformance<S: LineStore>(fresh: impl FnOnce() -> S, reopen: impl Fn() -> S) {
    let read = |s: &S, a: u64, b: u64| {
        let mut out = Vec::new();
        s.read_range(a, b).unwrap().read_to_end(&mut out).unwrap();
        out
    };
    let store = fresh();
    assert_eq!(store.len(), 0);
    assert!(store.is_empty());
    assert_eq!(read(&store, 0, 0), b"");
    let mut all = Vec::new();
    for i in 0..200u32 {
        // Lines of many lengths, appended alone and in batches.
        let batch: String = (0..=(i % 5))
            .map(|j| {
                format!(
                    "{{\"line\":{i},\"part\":{j},\"pad\":\"{}\"}}\n",
                    "é".repeat((i as usize * 7 + j as usize) % 90)
                )
            })
            .collect();
        store.append(batch.as_bytes()).unwrap();
        all.extend_from_slice(batch.as_bytes());
        assert_eq!(store.len(), all.len() as u64);
    }
    let len = all.len() as u64;
    // Any range, whether or not it starts or ends on a line boundary.
    let mut x = 0x9e37_79b9_7f4a_7c15u64;
    for _ in 0..300 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let a = x % (len + 1);
        let b = a + (x >> 32) % (len - a + 1);
        assert_eq!(read(&store, a, b), &all[a as usize..b as usize], "{a}..{b}");
    }
    assert_eq!(read(&store, 0, len), all);
    assert!(
        store.read_range(0, len + 1).is_err(),
        "a range past the end"
    );
    assert!(store.read_range(5, 4).is_err(), "a reversed range");
    assert!(
        store.append(b"{\"no\":\"newline\"}").is_err(),
        "a partial line is refused"
    );
    assert_eq!(store.len(), len, "a refused append keeps nothing");
    // A reader opened before an append still reads its range, and the append lands after.
    let mut early = store.read_range(0, len).unwrap();
    store.append(b"{\"after\":true}\n").unwrap();
    let mut got = Vec::new();
    early.read_to_end(&mut got).unwrap();
    assert_eq!(got, all);
    all.extend_from_slice(b"{\"after\":true}\n");
    drop(store);
    // Durable: a new handle sees every line.
    let again = reopen();
    assert_eq!(again.len(), all.len() as u64);
    assert_eq!(read(&again, 0, again.len()), all);
    again.append(b"{\"reopened\":1}\n").unwrap();
    all.extend_from_slice(b"{\"reopened\":1}\n");
    assert_eq!(read(&again, 0, again.len()), all);
}

#[test]
fn the_file_store_meets_the_contract() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("audit.jsonl");
    conformance(
        || FileStore::open(&path).unwrap(),
        || FileStore::open(&path).unwrap(),
    );
}

#[test]
fn the_postgres_store_meets_the_contract() {
    let db = PgSchema::new("audit_test");
    conformance(|| db.open(), || db.open());
}

#[test]
fn a_torn_last_line_is_cut_when_the_file_is_opened() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("audit.jsonl");
    // Longer than one backward block, so the search crosses blocks.
    let whole = format!("{{\"a\":\"{}\"}}\n", "x".repeat(100_000));
    std::fs::write(&path, format!("{whole}{{\"torn\":\"{}", "y".repeat(70_000))).unwrap();
    let store = FileStore::open(&path).unwrap();
    assert_eq!(store.len(), whole.len() as u64);
    assert_eq!(std::fs::read(&path).unwrap(), whole.as_bytes());
    // Nothing but a torn line: nothing is kept.
    std::fs::write(&path, "{\"torn\":").unwrap();
    assert_eq!(FileStore::open(&path).unwrap().len(), 0);
}

#[test]
fn a_second_writer_on_one_postgres_schema_is_refused_until_the_first_closes() {
    let db = PgSchema::new("audit_test");
    let first = db.open();
    first.append(b"{\"a\":1}\n").unwrap();
    let err = PgStore::open(&db.url, &db.name).unwrap_err();
    assert!(matches!(err, PgStoreError::Locked { .. }), "{err}");
    assert!(err.to_string().contains("another process"), "{err}");
    // Closing the store releases the lock at once.
    drop(first);
    assert_eq!(db.open().len(), 8);
}

#[test]
fn a_deleted_postgres_row_is_an_error_when_read_not_a_silent_gap() {
    let db = PgSchema::new("audit_test");
    let store = db.open();
    store.append(b"{\"a\":1}\n{\"b\":2}\n{\"c\":3}\n").unwrap();
    db.sql(&format!(
        "DELETE FROM {}.audit_lines WHERE \"offset\" = 8",
        db.name
    ));
    let mut out = Vec::new();
    let err = store
        .read_range(0, store.len())
        .unwrap()
        .read_to_end(&mut out)
        .unwrap_err();
    assert!(err.to_string().contains("no line holds byte 8"), "{err}");
}

#[test]
fn postgres_errors_name_no_password_and_bad_schemas_are_refused() {
    let err = PgStore::open("postgres://u:s3cret-pw@127.0.0.1:1/db", "audit").unwrap_err();
    assert!(!err.to_string().contains("s3cret-pw"), "{err}");
    assert!(err.to_string().contains("127.0.0.1:1/db"), "{err}");
    let err = PgStore::open("not a url", "audit").unwrap_err();
    assert!(matches!(err, PgStoreError::Url(_)), "{err}");
    for bad in ["Audit", "a;drop table x", "1st", ""] {
        let err = PgStore::open("postgres://u@127.0.0.1/db", bad).unwrap_err();
        assert!(matches!(err, PgStoreError::Schema(_)), "{bad}: {err}");
    }
}

#[test]
fn a_file_edited_under_the_store_is_read_as_it_now_is_after_the_next_append() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("audit.jsonl");
    let store = FileStore::open(&path).unwrap();
    store.append(b"{\"actor\":\"alice\"}\n").unwrap();
    // An edit that makes the file longer, as a hand edit might; appends still go to its end.
    std::fs::write(&path, "{\"actor\":\"mallory\"}\n").unwrap();
    store.append(b"{\"action\":\"audit_verify\"}\n").unwrap();
    let mut all = String::new();
    store
        .read_range(0, store.len())
        .unwrap()
        .read_to_string(&mut all)
        .unwrap();
    assert_eq!(all, std::fs::read_to_string(&path).unwrap());
    assert!(all.ends_with("{\"action\":\"audit_verify\"}\n"), "{all}");
}
