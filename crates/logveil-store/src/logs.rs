//! The embedded log store: one tantivy index per service and day (`logs/<service>/<day>/`), so
//! retention drops whole directories and a query opens only the partitions its services and
//! time window touch.
//!
//! The index holds masked text only. It indexes what narrows a search — time, trace id, label
//! pairs, keyed-token terms and the words of the masked line — and stores each record whole
//! (the encoded [`StoredRecord`]) for the exact LogQL pass that follows. Each partition's commit
//! carries the last write-ahead-log sequence number it contains, which is how a restart knows
//! exactly which entries to index again.

use std::collections::BTreeMap;
use std::ops::Bound;
use std::path::{Path, PathBuf};

use logveil_core::{ServiceName, Timestamp, TraceId};
use tantivy::collector::TopDocs;
use tantivy::query::{AllQuery, BooleanQuery, Occur, Query, RangeQuery, RegexQuery, TermQuery};
use tantivy::schema::{
    Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, FAST, INDEXED, STORED,
    STRING,
};
use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer};
use tantivy::{
    DocAddress, Index, IndexReader, IndexWriter, Order, ReloadPolicy, TantivyDocument, Term,
};

use crate::record::{token_term, StoredRecord};
use crate::StoreError;

const LINE_TOKENIZER: &str = "logline";
/// Per partition writer: a day's partition of one service is written by one thread. Larger
/// budgets flush fewer, bigger segments (less merging); writers of past days are closed.
const WRITER_MEMORY: usize = 64 << 20;

#[derive(Debug, Clone, Copy)]
struct Fields {
    id: Field,
    ts: Field,
    level: Field,
    trace: Field,
    label: Field,
    token: Field,
    line: Field,
    record: Field,
}

fn schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    // Words only, no positions: the index narrows, the exact filter decides. No length limit,
    // unlike tantivy's default analyzer: a token it dropped would make the narrowing wrong.
    let line_opts = TextOptions::default().set_indexing_options(
        TextFieldIndexing::default()
            .set_tokenizer(LINE_TOKENIZER)
            .set_index_option(IndexRecordOption::Basic),
    );
    let fields = Fields {
        id: b.add_u64_field("id", FAST),
        ts: b.add_i64_field("ts", INDEXED | FAST),
        level: b.add_u64_field("level", INDEXED),
        trace: b.add_text_field("trace", STRING),
        label: b.add_text_field("label", STRING),
        token: b.add_text_field("token", STRING),
        line: b.add_text_field("line", line_opts),
        record: b.add_bytes_field("record", STORED),
    };
    (b.build(), fields)
}

/// Indexes the words of a line: maximal runs of letters, lowercased. Digits and punctuation
/// split words and are not indexed: ids, hex, counters and timestamps would fill the term
/// dictionary with millions of one-off terms, and scanning that dictionary for the words inside
/// a `|=` literal is what substring narrowing does. Words alone keep it small.
#[derive(Clone, Debug, Default)]
struct LetterRuns;

struct LetterRunStream<'a> {
    text: &'a str,
    pos: usize,
    token: Token,
}

impl Tokenizer for LetterRuns {
    type TokenStream<'a> = LetterRunStream<'a>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> LetterRunStream<'a> {
        LetterRunStream {
            text,
            pos: 0,
            token: Token::default(),
        }
    }
}

impl TokenStream for LetterRunStream<'_> {
    fn advance(&mut self) -> bool {
        let rest = &self.text[self.pos..];
        let Some(start) = rest
            .char_indices()
            .find(|(_, c)| c.is_alphabetic())
            .map(|(i, _)| i)
        else {
            self.pos = self.text.len();
            return false;
        };
        let word = &rest[start..];
        let len = word
            .char_indices()
            .find(|(_, c)| !c.is_alphabetic())
            .map_or(word.len(), |(i, _)| i);
        let from = self.pos + start;
        self.pos = from + len;
        self.token.text.clear();
        lowercase_into(&self.text[from..self.pos], &mut self.token.text);
        self.token.offset_from = from;
        self.token.offset_to = self.pos;
        self.token.position = self.token.position.wrapping_add(1);
        true
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

/// Lowercases character by character, the same for indexed words and for literals: `str::
/// to_lowercase` is context-sensitive (a final Σ becomes ς), which would make a literal's word
/// differ from the same word indexed inside a longer one.
fn lowercase_into(word: &str, out: &mut String) {
    for c in word.chars() {
        out.extend(c.to_lowercase());
    }
}

fn line_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(LetterRuns).build()
}

/// What the index can narrow a search by. Everything else in a LogQL query is applied after,
/// exactly, by the caller's filter.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    pub services: Vec<ServiceName>,
    /// Inclusive.
    pub from: Timestamp,
    /// Exclusive.
    pub to: Timestamp,
    pub trace_id: Option<TraceId>,
    /// `name=value` label pairs every record must have (from `=` matchers).
    pub labels: Vec<(String, String)>,
    /// Keyed-token terms (`kind`, first 8 token bytes) every record must contain.
    pub tokens: Vec<(String, [u8; 8])>,
    /// Substrings every matching line contains (from `|=` filters).
    pub substrings: Vec<String>,
    pub limit: usize,
    /// Newest first (the default of `logveil logs`) or oldest first.
    pub newest_first: bool,
}

struct Partition {
    index: Index,
    reader: IndexReader,
    writer: Option<IndexWriter>,
    /// Highest write-ahead-log sequence number committed in this partition.
    committed: u64,
    /// Highest sequence number added, committed or not.
    added: u64,
}

impl std::fmt::Debug for Partition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Partition")
            .field("committed", &self.committed)
            .field("added", &self.added)
            .field("writing", &self.writer.is_some())
            .finish()
    }
}

#[derive(Debug)]
pub struct LogStore {
    root: PathBuf,
    fields: Fields,
    schema: Schema,
    partitions: BTreeMap<(ServiceName, i64), Partition>,
}

impl LogStore {
    /// Opens every partition under `root` (created if absent).
    pub fn open(root: &Path) -> Result<Self, StoreError> {
        std::fs::create_dir_all(root).map_err(|e| StoreError::io(root, e))?;
        let (schema, fields) = schema();
        let mut store = LogStore {
            root: root.to_owned(),
            fields,
            schema,
            partitions: BTreeMap::new(),
        };
        for svc in std::fs::read_dir(root).map_err(|e| StoreError::io(root, e))? {
            let svc = svc.map_err(|e| StoreError::io(root, e))?;
            let Some(service) = svc
                .file_name()
                .to_str()
                .and_then(|s| s.parse::<ServiceName>().ok())
            else {
                continue;
            };
            for day in std::fs::read_dir(svc.path()).map_err(|e| StoreError::io(&svc.path(), e))? {
                let day = day.map_err(|e| StoreError::io(&svc.path(), e))?;
                let Some(d) = day.file_name().to_str().and_then(|s| s.parse::<i64>().ok()) else {
                    continue;
                };
                store.open_partition(&service, d, false)?;
            }
        }
        Ok(store)
    }

    fn partition_dir(&self, service: &ServiceName, day: i64) -> PathBuf {
        self.root.join(service.as_str()).join(day.to_string())
    }

    fn open_partition(
        &mut self,
        service: &ServiceName,
        day: i64,
        create: bool,
    ) -> Result<&mut Partition, StoreError> {
        let key = (service.clone(), day);
        if !self.partitions.contains_key(&key) {
            let dir = self.partition_dir(service, day);
            let index = if dir.join("meta.json").exists() {
                Index::open_in_dir(&dir)?
            } else if create {
                std::fs::create_dir_all(&dir).map_err(|e| StoreError::io(&dir, e))?;
                Index::create_in_dir(&dir, self.schema.clone())?
            } else {
                // A partition directory left without an index (crash while creating it).
                std::fs::create_dir_all(&dir).map_err(|e| StoreError::io(&dir, e))?;
                Index::create_in_dir(&dir, self.schema.clone())?
            };
            index.tokenizers().register(LINE_TOKENIZER, line_analyzer());
            let committed = index
                .load_metas()?
                .payload
                .and_then(|p| p.parse::<u64>().ok())
                .unwrap_or(0);
            let reader = index
                .reader_builder()
                .reload_policy(ReloadPolicy::Manual)
                .try_into()?;
            self.partitions.insert(
                key.clone(),
                Partition {
                    index,
                    reader,
                    writer: None,
                    committed,
                    added: committed,
                },
            );
        }
        self.partitions
            .get_mut(&key)
            .ok_or_else(|| StoreError::Corrupt("partition vanished".into()))
    }

    /// The highest sequence number committed in any partition: new log entries are numbered
    /// after it even if the write-ahead log lost its segments.
    pub fn committed_through(&self) -> u64 {
        self.partitions
            .values()
            .map(|p| p.committed)
            .max()
            .unwrap_or(0)
    }

    /// Whether `record` (by its sequence number) is already committed in its partition: a
    /// replay skips those, so a restart indexes each record exactly once.
    pub fn is_committed(&mut self, record: &StoredRecord) -> Result<bool, StoreError> {
        let p = self.open_partition(&record.service, record.ts.day(), true)?;
        Ok(record.id <= p.committed)
    }

    /// Adds a record to its partition's writer. Visible to searches after [`LogStore::commit`].
    pub fn add(&mut self, record: &StoredRecord, encoded: &[u8]) -> Result<(), StoreError> {
        let f = self.fields;
        let p = self.open_partition(&record.service, record.ts.day(), true)?;
        if p.writer.is_none() {
            p.writer = Some(p.index.writer_with_num_threads(1, WRITER_MEMORY)?);
        }
        let mut doc = TantivyDocument::default();
        doc.add_u64(f.id, record.id);
        doc.add_i64(f.ts, record.ts.as_nanos());
        doc.add_u64(f.level, record.level as u64);
        if let Some(t) = record.trace_id {
            doc.add_text(f.trace, t.to_string());
        }
        for (k, v) in &record.labels {
            doc.add_text(f.label, format!("{k}={v}"));
        }
        for s in &record.spans {
            doc.add_text(f.token, token_term(&s.kind, &s.token));
        }
        doc.add_text(f.line, &record.line);
        doc.add_bytes(f.record, encoded);
        if let Some(w) = p.writer.as_mut() {
            w.add_document(doc)?;
        }
        p.added = p.added.max(record.id);
        Ok(())
    }

    /// Commits every partition with records added since its last commit, each with the last
    /// sequence number it holds, and makes them visible. Writers of partitions that are not
    /// today's are closed after committing: old days rarely get records and each writer holds
    /// memory.
    pub fn commit(&mut self, today: i64) -> Result<(), StoreError> {
        for ((_, day), p) in self.partitions.iter_mut() {
            if p.added > p.committed {
                if let Some(w) = p.writer.as_mut() {
                    let mut prepared = w.prepare_commit()?;
                    prepared.set_payload(&p.added.to_string());
                    prepared.commit()?;
                    p.committed = p.added;
                    p.reader.reload()?;
                }
            }
            if *day < today - 1 {
                if let Some(w) = p.writer.take() {
                    w.wait_merging_threads()?;
                }
            }
        }
        Ok(())
    }

    /// Drops the partitions of `service` older than `keep_from_day`. Returns the days dropped.
    pub fn drop_before(
        &mut self,
        service: &ServiceName,
        keep_from_day: i64,
    ) -> Result<Vec<i64>, StoreError> {
        let days: Vec<i64> = self
            .partitions
            .keys()
            .filter(|(s, d)| s == service && *d < keep_from_day)
            .map(|(_, d)| *d)
            .collect();
        for &d in &days {
            if let Some(p) = self.partitions.remove(&(service.clone(), d)) {
                drop(p);
            }
            let dir = self.partition_dir(service, d);
            std::fs::remove_dir_all(&dir).map_err(|e| StoreError::io(&dir, e))?;
        }
        Ok(days)
    }

    /// The services that have any partition.
    pub fn services(&self) -> Vec<ServiceName> {
        let mut v: Vec<ServiceName> = self.partitions.keys().map(|(s, _)| s.clone()).collect();
        v.dedup();
        v
    }

    /// The (service, day) partitions that exist.
    pub fn partitions(&self) -> Vec<(ServiceName, i64)> {
        self.partitions.keys().cloned().collect()
    }

    /// Records matching `req` and `keep` (the exact filter), ordered by time, at most
    /// `req.limit`.
    pub fn search(
        &self,
        req: &SearchRequest,
        keep: &dyn Fn(&StoredRecord) -> bool,
    ) -> Result<Vec<StoredRecord>, StoreError> {
        if req.limit == 0 || req.from >= req.to {
            return Ok(Vec::new());
        }
        let (first_day, last_day) = (
            req.from.day(),
            req.to
                .saturating_sub(std::time::Duration::from_nanos(1))
                .day(),
        );
        let query = self.index_query(req)?;
        let mut found: Vec<StoredRecord> = Vec::new();
        for ((service, day), p) in &self.partitions {
            if *day < first_day || *day > last_day || !req.services.contains(service) {
                continue;
            }
            found.extend(self.search_partition(p, &*query, req, keep)?);
        }
        if req.newest_first {
            found.sort_by_key(|r| std::cmp::Reverse((r.ts, r.id)));
        } else {
            found.sort_by_key(|r| (r.ts, r.id));
        }
        found.truncate(req.limit);
        Ok(found)
    }

    fn search_partition(
        &self,
        p: &Partition,
        query: &dyn Query,
        req: &SearchRequest,
        keep: &dyn Fn(&StoredRecord) -> bool,
    ) -> Result<Vec<StoredRecord>, StoreError> {
        let searcher = p.reader.searcher();
        let order = if req.newest_first {
            Order::Desc
        } else {
            Order::Asc
        };
        // Fetch more than the limit when the exact filter rejects some; double until enough
        // or everything the index matched has been seen.
        let mut want = req.limit.saturating_mul(2).max(64);
        loop {
            let top: Vec<(i64, DocAddress)> = searcher.search(
                query,
                &TopDocs::with_limit(want).order_by_fast_field::<i64>("ts", order.clone()),
            )?;
            let exhausted = top.len() < want;
            let mut out = Vec::new();
            for (_, addr) in &top {
                let doc: TantivyDocument = searcher.doc(*addr)?;
                let Some(bytes) = doc.get_first(self.fields.record).and_then(|v| v.as_bytes())
                else {
                    continue;
                };
                let rec = StoredRecord::decode(bytes)?;
                if keep(&rec) {
                    out.push(rec);
                    if out.len() == req.limit {
                        return Ok(out);
                    }
                }
            }
            if exhausted {
                return Ok(out);
            }
            want = want.saturating_mul(4);
        }
    }

    fn index_query(&self, req: &SearchRequest) -> Result<Box<dyn Query>, StoreError> {
        let f = self.fields;
        let mut must: Vec<(Occur, Box<dyn Query>)> = vec![(
            Occur::Must,
            Box::new(RangeQuery::new(
                Bound::Included(Term::from_field_i64(f.ts, req.from.as_nanos())),
                Bound::Excluded(Term::from_field_i64(f.ts, req.to.as_nanos())),
            )),
        )];
        let term = |field: Field, text: &str| -> (Occur, Box<dyn Query>) {
            (
                Occur::Must,
                Box::new(TermQuery::new(
                    Term::from_field_text(field, text),
                    IndexRecordOption::Basic,
                )),
            )
        };
        if let Some(t) = req.trace_id {
            must.push(term(f.trace, &t.to_string()));
        }
        for (k, v) in &req.labels {
            must.push(term(f.label, &format!("{k}={v}")));
        }
        for (kind, tok) in &req.tokens {
            must.push(term(f.token, &token_term(kind, tok)));
        }
        for s in &req.substrings {
            for piece in substring_pieces(s) {
                let q: Box<dyn Query> = match piece {
                    Piece::Whole(w) => Box::new(TermQuery::new(
                        Term::from_field_text(f.line, &w),
                        IndexRecordOption::Basic,
                    )),
                    Piece::Pattern(p) => Box::new(RegexQuery::from_pattern(&p, f.line)?),
                };
                must.push((Occur::Must, q));
            }
        }
        if must.is_empty() {
            return Ok(Box::new(AllQuery));
        }
        Ok(Box::new(BooleanQuery::new(must)))
    }
}

#[derive(Debug, PartialEq, Eq)]
enum Piece {
    /// A whole indexed word.
    Whole(String),
    /// A regex over indexed words (a word's end, start or middle).
    Pattern(String),
}

/// What a line containing `s` must have among its indexed words (lowercased letter runs).
/// A letter run strictly inside `s` (non-letters on both sides within `s`) is a whole word of
/// the line; the first and last runs may be the end or start of longer words; a run that is all
/// of `s` may sit anywhere inside one. Digits constrain nothing (they are not indexed). Edge
/// runs shorter than 3 letters narrow too little to be worth a term-dictionary scan.
fn substring_pieces(s: &str) -> Vec<Piece> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                runs.push((st, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        runs.push((st, s.len()));
    }
    let mut out = Vec::new();
    for &(a, b) in &runs {
        let mut word = String::new();
        lowercase_into(&s[a..b], &mut word);
        let open_left = a == 0;
        let open_right = b == s.len();
        if !open_left && !open_right {
            out.push(Piece::Whole(word));
        } else if word.chars().count() >= 3 {
            let mut p = String::new();
            if open_left {
                p.push_str(".*");
            }
            p.push_str(&regex_escape(&word));
            if open_right {
                p.push_str(".*");
            }
            out.push(Piece::Pattern(p));
        }
    }
    out
}

/// Lowercased letters are literal in a regex; the only other characters lowercasing can yield
/// are combining marks, also literal. ASCII punctuation is escaped all the same, defensively.
fn regex_escape(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        if c.is_ascii_punctuation() {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_index_lowercased_letter_runs_only() {
        let mut a = line_analyzer();
        let mut ts = a.token_stream("GET /api/v2/Orders?id=4411 took=12ms Zoë");
        let mut words = Vec::new();
        while ts.advance() {
            words.push(ts.token().text.clone());
        }
        assert_eq!(
            words,
            vec!["get", "api", "v", "orders", "id", "took", "ms", "zoë"]
        );
    }

    #[test]
    fn substring_pieces_keep_only_what_every_match_has() {
        use Piece::*;
        assert_eq!(
            substring_pieces("timeout"),
            vec![Pattern(".*timeout.*".into())]
        );
        assert_eq!(
            substring_pieces("connection reset by peer"),
            vec![
                Pattern(".*connection".into()),
                Whole("reset".into()),
                Whole("by".into()),
                Pattern("peer.*".into())
            ]
        );
        assert_eq!(
            substring_pieces(" GET /api "),
            vec![Whole("get".into()), Whole("api".into())]
        );
        assert!(substring_pieces("id=7").is_empty());
        assert!(substring_pieces("=:").is_empty());
    }
}
