//! Elasticsearch `_bulk`: action/source line pairs in, one result per action out, in
//! Elasticsearch's response shape so shippers' retry logic works unchanged. logveil is
//! append-only: `create` and `index` store a record; `delete` and `update` are refused per item.

use logveil_core::LogRecord;
use serde_json::{json, Value};

use crate::document::record_from_document;
use crate::{DecodeContext, IngestError, RecordError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BulkAction {
    Create,
    Index,
    Update,
    Delete,
    /// An action line that could not be read.
    Unknown,
}

impl BulkAction {
    fn name(self) -> &'static str {
        match self {
            BulkAction::Create => "create",
            BulkAction::Index => "index",
            BulkAction::Update => "update",
            BulkAction::Delete => "delete",
            BulkAction::Unknown => "index",
        }
    }
}

/// What the response echoes of an item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BulkMeta {
    pub action: BulkAction,
    pub index: String,
    pub id: Option<String>,
}

#[derive(Debug, Clone)]
pub struct BulkItem {
    pub meta: BulkMeta,
    pub result: Result<LogRecord, RecordError>,
}

impl BulkItem {
    pub fn into_parts(self) -> (BulkMeta, Result<LogRecord, RecordError>) {
        (self.meta, self.result)
    }
}

fn lines(body: &[u8]) -> impl Iterator<Item = &[u8]> {
    body.split(|&b| b == b'\n')
        .map(|l| l.strip_suffix(b"\r").unwrap_or(l))
        .filter(|l| !l.iter().all(u8::is_ascii_whitespace))
}

/// Decodes a `_bulk` body. `url_index` is the `{index}` of `/{index}/_bulk`, the default for
/// actions that name none. Only a body that is not text fails as a whole.
pub fn es_bulk(
    body: &[u8],
    ctx: &DecodeContext,
    url_index: Option<&str>,
) -> Result<Vec<BulkItem>, IngestError> {
    let mut items = Vec::new();
    let mut it = lines(body).peekable();
    let default_index = url_index.unwrap_or("logs");
    while let Some(action_line) = it.next() {
        let parsed: Option<(BulkAction, Value)> = serde_json::from_slice::<Value>(action_line)
            .ok()
            .and_then(|v| {
                let obj = v.as_object()?;
                if obj.len() != 1 {
                    return None;
                }
                let (name, meta) = obj.iter().next()?;
                let action = match name.as_str() {
                    "create" => BulkAction::Create,
                    "index" => BulkAction::Index,
                    "update" => BulkAction::Update,
                    "delete" => BulkAction::Delete,
                    _ => return None,
                };
                Some((action, meta.clone()))
            });
        let Some((action, meta)) = parsed else {
            // An unreadable action line: report it and read on. The next line is its source
            // unless it looks like an action itself.
            if it.peek().is_some_and(|l| !looks_like_action(l)) {
                it.next();
            }
            items.push(BulkItem {
                meta: BulkMeta {
                    action: BulkAction::Unknown,
                    index: default_index.to_owned(),
                    id: None,
                },
                result: Err(RecordError::new(
                    400,
                    "illegal_argument_exception",
                    "malformed action line: expected {\"create\":{…}} or {\"index\":{…}}",
                )),
            });
            continue;
        };
        let index = meta
            .get("_index")
            .and_then(Value::as_str)
            .unwrap_or(default_index)
            .to_owned();
        let id = meta.get("_id").and_then(|v| {
            v.as_str()
                .map(str::to_owned)
                .or_else(|| v.as_u64().map(|n| n.to_string()))
        });
        let meta = BulkMeta { action, index, id };
        let result = match action {
            BulkAction::Delete => Err(RecordError::new(
                400,
                "illegal_argument_exception",
                "logveil is append-only: delete is not supported",
            )),
            BulkAction::Update => {
                it.next();
                Err(RecordError::new(
                    400,
                    "illegal_argument_exception",
                    "logveil is append-only: update is not supported",
                ))
            }
            BulkAction::Create | BulkAction::Index | BulkAction::Unknown => match it.next() {
                None => Err(RecordError::new(
                    400,
                    "parse_exception",
                    "action line without a source line (truncated body?)",
                )),
                Some(src) => match serde_json::from_slice::<Value>(src) {
                    Ok(Value::Object(doc)) => record_from_document(&doc, ctx, Some(&meta.index)),
                    Ok(_) => Err(RecordError::new(
                        400,
                        "mapper_parsing_exception",
                        "source is not a JSON object",
                    )),
                    Err(e) => Err(RecordError::new(
                        400,
                        "mapper_parsing_exception",
                        format!(
                            "failed to parse source: invalid JSON at column {}",
                            e.column()
                        ),
                    )),
                },
            },
        };
        items.push(BulkItem { meta, result });
    }
    Ok(items)
}

fn looks_like_action(line: &[u8]) -> bool {
    let t = line.trim_ascii_start();
    ["{\"create\"", "{\"index\"", "{\"delete\"", "{\"update\""]
        .iter()
        .any(|p| t.starts_with(p.as_bytes()))
}

/// The `_bulk` response: `outcomes[i]` is the stored record id (which becomes `_seq_no`) or
/// the item's error. Items without an `_id` get `lv-<record id>`.
pub fn es_bulk_response(
    metas: &[BulkMeta],
    outcomes: &[Result<u64, RecordError>],
    took_ms: u64,
) -> Vec<u8> {
    let mut errors = false;
    let items: Vec<Value> = metas
        .iter()
        .zip(outcomes)
        .map(|(m, o)| {
            let body = match o {
                Ok(seq) => json!({
                    "_index": m.index,
                    "_id": m.id.clone().unwrap_or_else(|| format!("lv-{seq}")),
                    "_version": 1,
                    "result": "created",
                    "_shards": {"total": 1, "successful": 1, "failed": 0},
                    "_seq_no": seq,
                    "_primary_term": 1,
                    "status": 201
                }),
                Err(e) => {
                    errors = true;
                    let mut b = json!({
                        "_index": m.index,
                        "status": e.status(),
                        "error": {"type": e.kind(), "reason": e.message()}
                    });
                    if let Some(id) = &m.id {
                        b["_id"] = json!(id);
                    }
                    b
                }
            };
            json!({ m.action.name(): body })
        })
        .collect();
    json!({"took": took_ms, "errors": errors, "items": items})
        .to_string()
        .into_bytes()
}

/// `GET /`: what Filebeat, Vector, Fluent Bit and Logstash read to learn the cluster's version
/// (they refuse clusters they do not know). logveil presents itself as Elasticsearch 8.11.
pub fn es_root_document(cluster_name: &str) -> Vec<u8> {
    json!({
        "name": "logveil",
        "cluster_name": cluster_name,
        "cluster_uuid": "bG9ndmVpbC1sb2d2ZWls",
        "version": {
            "number": "8.11.0",
            "build_flavor": "default",
            "build_type": "docker",
            "build_hash": "d9ec3fa628c7b0ba3d25692e277ba26814820b20",
            "build_date": "2023-11-04T10:04:57.184859352Z",
            "build_snapshot": false,
            "lucene_version": "9.8.0",
            "minimum_wire_compatibility_version": "7.17.0",
            "minimum_index_compatibility_version": "7.0.0"
        },
        "tagline": "You Know, for Search"
    })
    .to_string()
    .into_bytes()
}

/// Other GET endpoints shippers probe at startup, with answers that let them go on:
/// Filebeat and Logstash check the license and X-Pack features and look for ILM policies and
/// index templates (absent templates are installed with PUT, which is answered elsewhere or
/// disabled in their config), Vector asks for cluster health.
pub fn es_probe_answers() -> Vec<(&'static str, &'static str)> {
    vec![
        (
            "/_license",
            r#"{"license":{"status":"active","type":"basic","uid":"logveil","issue_date_in_millis":0,"max_nodes":1000}}"#,
        ),
        (
            "/_xpack",
            r#"{"build":{},"license":{"status":"active","type":"basic","mode":"basic"},"features":{"ilm":{"available":true,"enabled":true},"security":{"available":true,"enabled":true}}}"#,
        ),
        (
            "/_cluster/health",
            r#"{"cluster_name":"logveil","status":"green","number_of_nodes":1,"number_of_data_nodes":1,"active_shards":1,"unassigned_shards":0}"#,
        ),
        (
            "/_nodes",
            r#"{"_nodes":{"total":1,"successful":1,"failed":0},"cluster_name":"logveil","nodes":{}}"#,
        ),
    ]
}
