//! Gateway benchmarks on this machine, printing figures (see scripts/bench-gateway):
//!
//!   gateway_bench ingest [LINES]   end-to-end HTTP ingest: full pipeline, masking off, raw tantivy
//!   gateway_bench query [LINES]    query latency p50/p95 over LINES stored lines (default 10M)
//!   gateway_bench tail             push-to-shown latency of a live tail
//!   gateway_bench unmask [LINES]   the same query masked (role) and unmasked (active grant)
//!
//! Lines are ~150 bytes of access-log and application text with made-up personal data.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::io::{BufRead, BufReader};
use std::sync::Arc;
use std::time::{Duration, Instant};

use logveil_core::{Clock, Level, LogRecord, SystemClock, Timestamp};
use logveil_server::{AppState, Limits};
use logveil_store::control::TokenKind;
use logveil_store::storage::{Storage, StorageOptions};

const SERVICES: [&str; 4] = ["api", "payments", "auth", "worker"];

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// ~150-byte lines; one in a hundred mentions a timeout.
fn line(rng: &mut Rng) -> String {
    let n = rng.next();
    let mut l = body(n);
    l.push_str(&format!(" req={:08x} dc=fra1", n as u32));
    l
}

fn body(n: u64) -> String {
    let user = ["jane.doe", "kwame", "ana.sousa", "li.wei", "priya", "tomas"][(n % 6) as usize];
    match n % 5 {
        0 => format!("203.0.113.{} - - [23/Nov/2026:08:00:00 +0000] \"GET /api/v1/orders/{}?page=2 HTTP/1.1\" 200 {} \"-\" \"Mozilla/5.0 (X11; Linux x86_64)\" rt=0.0{}", n % 250, n % 100_000, n % 9000, n % 90),
        1 => format!("login ok user={user} email={user}@example.com ip=198.51.100.{} session=s{} mfa=totp client=web/4.12.1 region=eu-west-1 took={}ms", n % 250, n % 1_000_000, n % 300),
        2 => format!("charge ok order_id={} amount={}.{:02} EUR card=4111 1111 1111 1111 customer={user}@example.org gateway=stripe attempt=1 latency={}ms", n % 1_000_000, n % 500, n % 100, n % 700),
        3 if n % 20 == 3 => format!("upstream timeout calling payments after 5000ms order_id={} retry={} host=pay-{}.internal circuit=half-open pool=payments-v2", n % 1_000_000, n % 3, n % 9),
        _ => format!("job {} finished in {}ms: {} rows exported to s3://exports/daily/part-{}.parquet queue=default worker=w{} attempt=1 status=ok", n % 1_000_000, n % 2000, n % 10_000, n % 64, n % 16),
    }
}

struct Server {
    url: String,
    admin: String,
    storage: Arc<Storage>,
    _dir: tempfile::TempDir,
}

async fn server(unmasked: bool) -> Server {
    let dir =
        tempfile::tempdir_in(std::env::var("BENCH_DIR").unwrap_or_else(|_| "/tmp".into())).unwrap();
    let mut opts = StorageOptions::new(dir.path());
    opts.unmasked_for_benchmarks = unmasked;
    let (storage, _) = Storage::open(opts, logveil_mask::Engine::builtin(), Arc::new(SystemClock))
        .await
        .unwrap();
    let storage = Arc::new(storage);
    let admin = storage
        .control()
        .create_token(&TokenKind::Admin, "bench", SystemClock.now())
        .await
        .unwrap();
    let state = Arc::new(AppState::new(storage.clone(), Limits::default(), 30).unwrap());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, logveil_server::service(state)).await });
    Server {
        url,
        admin,
        storage,
        _dir: dir,
    }
}

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .build()
        .into()
}

fn ingest_run(rt: &tokio::runtime::Runtime, lines: usize, unmasked: bool) -> (f64, usize) {
    let s = rt.block_on(server(unmasked));
    let batch = 1000;
    let clients = 4;
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let now = SystemClock.now();
    let mut bytes = 0usize;
    // Bodies are built before the clock starts: the figure is the server's.
    let bodies: Vec<Vec<u8>> = (0..lines / batch)
        .map(|b| {
            let mut body = String::new();
            for i in 0..batch {
                let l = line(&mut rng);
                bytes += l.len();
                let svc = SERVICES[(b * batch + i) % 4];
                body.push_str(&serde_json::json!({"ts": now.as_nanos(), "service": svc, "level": "info", "message": l}).to_string());
                body.push('\n');
            }
            body.into_bytes()
        })
        .collect();
    let bodies = Arc::new(bodies);
    let next = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let started = Instant::now();
    let handles: Vec<_> = (0..clients)
        .map(|_| {
            let (bodies, next, url, token) =
                (bodies.clone(), next.clone(), s.url.clone(), s.admin.clone());
            std::thread::spawn(move || {
                let a = agent();
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(body) = bodies.get(i) else { return };
                    let r = a
                        .post(&format!("{url}/api/v1/push"))
                        .header("Authorization", &format!("Bearer {token}"))
                        .header("Content-Type", "application/x-ndjson")
                        .send(&body[..])
                        .unwrap();
                    assert_eq!(r.status().as_u16(), 200);
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    rt.block_on(s.storage.commit()).unwrap();
    let secs = started.elapsed().as_secs_f64();
    rt.block_on(s.storage.shutdown());
    (secs, bytes)
}

fn raw_tantivy(lines: usize) -> (f64, usize) {
    use tantivy::schema::{Schema, FAST, INDEXED, TEXT};
    let dir =
        tempfile::tempdir_in(std::env::var("BENCH_DIR").unwrap_or_else(|_| "/tmp".into())).unwrap();
    let mut b = Schema::builder();
    let ts = b.add_i64_field("ts", INDEXED | FAST);
    let text = b.add_text_field("line", TEXT | tantivy::schema::STORED);
    let index = tantivy::Index::create_in_dir(dir.path(), b.build()).unwrap();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let all: Vec<String> = (0..lines).map(|_| line(&mut rng)).collect();
    let bytes = all.iter().map(String::len).sum();
    let started = Instant::now();
    let mut w: tantivy::IndexWriter = index.writer(256 << 20).unwrap();
    for (i, l) in all.iter().enumerate() {
        let mut d = tantivy::TantivyDocument::default();
        d.add_i64(ts, i as i64);
        d.add_text(text, l);
        w.add_document(d).unwrap();
    }
    w.commit().unwrap();
    (started.elapsed().as_secs_f64(), bytes)
}

fn report(name: &str, lines: usize, (secs, bytes): (f64, usize)) {
    println!(
        "{name:<44} {:>9.0} lines/s {:>7.1} MB/s  ({lines} lines of {:.0} B in {secs:.2} s)",
        lines as f64 / secs,
        bytes as f64 / 1e6 / secs,
        bytes as f64 / lines as f64
    );
}

fn percentile(v: &mut [Duration], p: f64) -> Duration {
    v.sort();
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

/// A server holding `lines` lines spread over the last 24 hours, and where they start.
fn loaded(rt: &tokio::runtime::Runtime, lines: usize) -> (Server, Timestamp, Rng) {
    let s = rt.block_on(server(false));
    let end = SystemClock.now();
    let span_ns: i64 = 24 * 3600 * 1_000_000_000;
    let start = Timestamp::from_nanos(end.as_nanos() - span_ns);
    let mut rng = Rng(42);
    let t0 = Instant::now();
    let batch = 5000;
    let mut done = 0;
    while done < lines {
        let recs: Vec<LogRecord> = (0..batch)
            .map(|i| {
                let k = done + i;
                LogRecord {
                    ts: Timestamp::from_nanos(
                        start.as_nanos() + (k as i64) * (span_ns / lines as i64),
                    ),
                    service: SERVICES[k % 4].parse().unwrap(),
                    level: Level::Info,
                    trace_id: None,
                    span_id: None,
                    labels: Default::default(),
                    attributes: Default::default(),
                    line: line(&mut rng),
                }
            })
            .collect();
        rt.block_on(s.storage.ingest(recs)).unwrap();
        done += batch;
        if done % 1_000_000 == 0 {
            eprintln!(
                "  stored {done} lines ({:.0} lines/s)",
                done as f64 / t0.elapsed().as_secs_f64()
            );
        }
    }
    rt.block_on(s.storage.commit()).unwrap();
    eprintln!(
        "  {lines} lines stored and committed in {:.0} s",
        t0.elapsed().as_secs_f64()
    );
    (s, start, rng)
}

fn query_bench(rt: &tokio::runtime::Runtime, lines: usize) {
    let (s, start, mut rng) = loaded(rt, lines);
    let a = agent();
    let mut lat = Vec::new();
    let mut hits = 0usize;
    for i in 0..200 {
        let from = Timestamp::from_nanos(
            start.as_nanos() + (rng.next() % (23 * 3600)) as i64 * 1_000_000_000,
        );
        let to = Timestamp::from_nanos(from.as_nanos() + 3600 * 1_000_000_000);
        let body = serde_json::json!({
            "query": format!("{{service=\"{}\"}} |= \"upstream timeout\"", SERVICES[i % 4]),
            "from": from, "to": to, "limit": 100});
        let t = Instant::now();
        let mut r = a
            .post(&format!("{}/api/v1/query", s.url))
            .header("Authorization", &format!("Bearer {}", s.admin))
            .send_json(&body)
            .unwrap();
        let v: serde_json::Value = r
            .body_mut()
            .with_config()
            .limit(1 << 30)
            .read_json()
            .unwrap();
        lat.push(t.elapsed());
        hits += v["records"].as_array().map_or(0, Vec::len);
    }
    println!(
        "query over {lines} lines (selector + phrase + 1 h window, limit 100): p50 {:.1} ms, p95 {:.1} ms, p99 {:.1} ms ({:.0} hits/query)",
        percentile(&mut lat, 0.5).as_secs_f64() * 1e3,
        percentile(&mut lat, 0.95).as_secs_f64() * 1e3,
        percentile(&mut lat, 0.99).as_secs_f64() * 1e3,
        hits as f64 / 200.0
    );
    rt.block_on(s.storage.shutdown());
}

fn tail_bench(rt: &tokio::runtime::Runtime) {
    let s = rt.block_on(server(false));
    let (tx, rx) = std::sync::mpsc::channel::<(String, Instant)>();
    let (url, admin) = (s.url.clone(), s.admin.clone());
    std::thread::spawn(move || {
        let r = agent()
            .post(&format!("{url}/api/v1/tail"))
            .header("Authorization", &format!("Bearer {admin}"))
            .send_json(
                serde_json::json!({"query": "{service=\"api\"} |= \"tail-probe\"", "limit": 1}),
            )
            .unwrap();
        let mut reader = BufReader::new(r.into_body().into_reader());
        let mut l = String::new();
        while reader.read_line(&mut l).unwrap_or(0) > 0 {
            if let Some(i) = l.find("tail-probe-") {
                let id: String = l[i..]
                    .chars()
                    .take_while(|c| *c != ' ' && *c != '"')
                    .collect();
                let _ = tx.send((id, Instant::now()));
            }
            l.clear();
        }
    });
    std::thread::sleep(Duration::from_millis(300));
    let a = agent();
    let mut lat = Vec::new();
    for i in 0..200 {
        let body = format!(
            "{}\n",
            serde_json::json!({"service": "api", "message": format!("tail-probe-{i} from 203.0.113.9")})
        );
        let sent = Instant::now();
        a.post(&format!("{}/api/v1/push", s.url))
            .header("Authorization", &format!("Bearer {}", s.admin))
            .send(body.as_bytes())
            .unwrap();
        let (id, at) = rx
            .recv_timeout(Duration::from_secs(5))
            .expect("tail delivered the record");
        assert_eq!(id, format!("tail-probe-{i}"));
        lat.push(at - sent);
        std::thread::sleep(Duration::from_millis(10));
    }
    println!(
        "tail, push to shown (durable ingest + SSE, 200 records): p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms",
        percentile(&mut lat, 0.5).as_secs_f64() * 1e3,
        percentile(&mut lat, 0.95).as_secs_f64() * 1e3,
        lat.iter().max().unwrap().as_secs_f64() * 1e3
    );
    rt.block_on(s.storage.shutdown());
}

fn post(a: &ureq::Agent, url: &str, token: &str, body: &serde_json::Value) -> serde_json::Value {
    let mut r = a
        .post(url)
        .header("Authorization", &format!("Bearer {token}"))
        .send_json(body)
        .unwrap();
    r.body_mut()
        .with_config()
        .limit(1 << 30)
        .read_json()
        .unwrap()
}

/// The same query by two people of one role: bob reads it masked, alice through an active
/// grant that puts email, card numbers and IPs back from the sealed originals (and audits the
/// read, fsynced, before answering).
fn unmask_bench(rt: &tokio::runtime::Runtime, lines: usize) {
    let (s, start, mut rng) = loaded(rt, lines);
    let a = agent();
    let admin = s.admin.clone();
    let put = |path: &str, body: serde_json::Value| {
        let r = a
            .put(&format!("{}{path}", s.url))
            .header("Authorization", &format!("Bearer {admin}"))
            .send_json(body)
            .unwrap();
        assert_eq!(r.status(), 200);
    };
    put("/api/v1/roles/dev", serde_json::json!({"services": ["*"]}));
    put(
        "/api/v1/roles/lead",
        serde_json::json!({"services": ["*"], "approver_for": ["*"]}),
    );
    let mut people = Vec::new();
    for (name, role) in [("alice", "dev"), ("bob", "dev"), ("lead", "lead")] {
        post(
            &a,
            &format!("{}/api/v1/users", s.url),
            &admin,
            &serde_json::json!({"name": name, "roles": [role], "password": "correct horse battery"}),
        );
        let v = post(
            &a,
            &format!("{}/api/v1/login", s.url),
            "",
            &serde_json::json!({"user": name, "password": "correct horse battery"}),
        );
        people.push(v["token"].as_str().unwrap().to_owned());
    }
    let req = post(
        &a,
        &format!("{}/api/v1/requests", s.url),
        &people[0],
        &serde_json::json!({
        "services": SERVICES, "unmask": ["email", "credit_card", "ipv4", "username"],
        "for": "4h", "reason": "benchmark of unmasked reads"}),
    );
    let id = req["id"].as_str().unwrap();
    let v = post(
        &a,
        &format!("{}/api/v1/requests/{id}/approve", s.url),
        &people[2],
        &serde_json::json!({}),
    );
    assert_eq!(v["status"], "active");
    let mut masked = Vec::new();
    let mut unmasked = Vec::new();
    let (mut shown, mut hits) = (0usize, 0usize);
    for i in 0..400 {
        let from = Timestamp::from_nanos(
            start.as_nanos() + (rng.next() % (23 * 3600)) as i64 * 1_000_000_000,
        );
        let to = Timestamp::from_nanos(from.as_nanos() + 3600 * 1_000_000_000);
        let body = serde_json::json!({
            "query": "{service=~\"payments|api\"} |= \"charge ok\"",
            "from": from, "to": to, "limit": 100});
        // Alternate who goes first so neither always meets a warm cache.
        for who in if i % 2 == 0 { [0, 1] } else { [1, 0] } {
            let t = Instant::now();
            let v = post(&a, &format!("{}/api/v1/query", s.url), &people[who], &body);
            let took = t.elapsed();
            let recs = v["records"].as_array().unwrap();
            if who == 0 {
                unmasked.push(took);
                shown += recs.iter().filter(|r| r["unmasked"].is_array()).count();
                hits += recs.len();
            } else {
                masked.push(took);
            }
        }
    }
    let ms = |v: &mut Vec<Duration>, p: f64| percentile(v, p).as_secs_f64() * 1e3;
    let (m50, m95) = (ms(&mut masked, 0.5), ms(&mut masked, 0.95));
    let (u50, u95) = (ms(&mut unmasked, 0.5), ms(&mut unmasked, 0.95));
    println!(
        "same query over {lines} lines, 400 runs, limit 100 ({:.0} records/query, {:.0} unmasked):",
        hits as f64 / 400.0,
        shown as f64 / 400.0
    );
    println!("  masked (role):           p50 {m50:.1} ms, p95 {m95:.1} ms");
    println!("  unmasked (active grant): p50 {u50:.1} ms, p95 {u95:.1} ms");
    println!(
        "  unmasked / masked:       p50 {:.2}x, p95 {:.2}x",
        u50 / m50,
        u95 / m95
    );
    rt.block_on(s.storage.shutdown());
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let rt = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    match args.get(1).map(String::as_str) {
        Some("ingest") => {
            let lines: usize = args
                .get(2)
                .and_then(|s| s.parse().ok())
                .unwrap_or(1_000_000);
            // BENCH_ONLY=full|unmasked|tantivy runs one stage (for profiling).
            let only = std::env::var("BENCH_ONLY").unwrap_or_default();
            if only.is_empty() || only == "full" {
                report(
                    "HTTP ingest: mask + seal + WAL + index",
                    lines,
                    ingest_run(&rt, lines, false),
                );
            }
            if only.is_empty() || only == "unmasked" {
                report(
                    "HTTP ingest, masking off: WAL + index",
                    lines,
                    ingest_run(&rt, lines, true),
                );
            }
            if only.is_empty() || only == "tantivy" {
                report(
                    "raw tantivy indexing of the unmasked lines",
                    lines,
                    raw_tantivy(lines),
                );
            }
        }
        Some("query") => query_bench(
            &rt,
            args.get(2)
                .and_then(|s| s.parse().ok())
                .unwrap_or(10_000_000),
        ),
        Some("tail") => tail_bench(&rt),
        Some("unmask") => unmask_bench(
            &rt,
            args.get(2)
                .and_then(|s| s.parse().ok())
                .unwrap_or(1_000_000),
        ),
        _ => {
            eprintln!("usage: gateway_bench ingest [LINES] | query [LINES] | tail | unmask [LINES]")
        }
    }
}
