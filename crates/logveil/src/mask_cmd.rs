//! `logveil mask`: mask log lines from files or stdin.

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};
use clap::Args;
use logveil_mask::{Engine, MaskStyle, MaskedLine, Masker, RulesConfig, StreamState, TokenKey};
use serde::Serialize;

use crate::lines::{Line, LineReader};

/// Mask personal data and secrets in log lines.
///
/// Reads lines from FILEs (or stdin), writes each line masked, one output line per input line.
/// Detects emails, phone numbers (libphonenumber's metadata for national forms), payment cards
/// and track data, IBANs and domestic bank accounts, IPv4/IPv6 and MAC addresses, national ids
/// of 20-odd countries by their check digits (SSN, NINO, Steuer-ID, NIR, codice fiscale,
/// DNI/NIE, BSN, CPF, TCKN, Aadhaar, RRN, PESEL…), dates of birth, people's names (a gazetteer
/// of given names and surnames of 86 countries), user names and ids, passwords, API keys and
/// tokens, JWTs, street addresses and credentials in URLs.
///
/// Lines are read by their syntax first — JSON (also escaped in a string), logfmt, key=value,
/// `Key: value`, query strings and form bodies, HTTP headers and cookies, XML, SQL (INSERT
/// columns against VALUES, IDENTIFIED BY, ORM binds), command lines (mysql -p, curl -u,
/// --password X), HL7 v2, LDAP DNs, CSV records — and each key is classified by its words in
/// many languages, so a value under a secret key is masked whatever it holds.
///
/// Default styles: email, phone, card, IBAN, MAC, secrets and JWTs are partly kept
/// (`j***@example.com`, `**** **** **** 0501`); IPs, names, user names and ids, addresses,
/// dates of birth, bank accounts and government ids become keyed tokens (`<ipv4:7f3a9c21>`:
/// the same value always gives the same token under the same key); passwords and URL
/// credentials are redacted.
///
/// Tokens are keyed by --key-file or LOGVEIL_MASK_KEY; without either, a random key is made
/// for this run only, so tokens are consistent within one run and mean nothing after it.
///
/// Examples:
///
///   logveil mask app.log > app.masked.log
///
///   kubectl logs deploy/api | logveil mask --rules rules.toml
///
///   logveil mask --spans < lines.txt        # JSON: masked line + byte spans per line
///
///   logveil mask --explain app.log | less   # which rule matched what
#[derive(Debug, Args)]
#[command(verbatim_doc_comment)]
pub struct MaskArgs {
    /// Files to read; `-` or none reads stdin.
    files: Vec<PathBuf>,

    /// Write one JSON object per line: {"masked": "...", "spans": [{"start", "end", "kind"}]},
    /// byte offsets into the original line (without its line ending). Invalid UTF-8 in
    /// "masked" is shown as U+FFFD; offsets still count the original bytes.
    #[arg(long, conflicts_with = "explain")]
    spans: bool,

    /// Show, under each masked line, which rule matched which byte range: the shape, or the
    /// key and the syntax it was read in (`sensitive key: password (JSON)`), or the context.
    #[arg(long)]
    explain: bool,

    /// Custom rules (TOML): extra patterns and keys, allow-lists, styles, disabled kinds.
    #[arg(long, value_name = "FILE", env = "LOGVEIL_MASK_RULES")]
    rules: Option<PathBuf>,

    /// Override a kind's style: KIND=redact|partial|token (repeatable).
    #[arg(long = "style", value_name = "KIND=STYLE")]
    styles: Vec<String>,

    /// Token key file: 32 raw bytes or 64 hex digits. LOGVEIL_MASK_KEY (64 hex digits) is read
    /// when no file is given.
    #[arg(long, value_name = "FILE")]
    key_file: Option<PathBuf>,

    /// Lines longer than this are withheld (replaced by a notice, never written in clear).
    #[arg(long, value_name = "BYTES", default_value_t = 16 << 20)]
    max_line_bytes: usize,
}

#[derive(Serialize)]
struct JsonSpan<'a> {
    start: usize,
    end: usize,
    kind: &'a str,
}

#[derive(Serialize)]
struct JsonLine<'a> {
    masked: &'a str,
    spans: Vec<JsonSpan<'a>>,
}

fn parse_hex_key(text: &str) -> Option<[u8; 32]> {
    let text = text.trim();
    if text.len() != 64 {
        return None;
    }
    let mut key = [0u8; 32];
    for (i, k) in key.iter_mut().enumerate() {
        *k = u8::from_str_radix(text.get(2 * i..2 * i + 2)?, 16).ok()?;
    }
    Some(key)
}

fn load_key(path: Option<&Path>) -> Result<[u8; 32]> {
    if let Some(path) = path {
        let bytes = std::fs::read(path)
            .with_context(|| format!("cannot read key file {}", path.display()))?;
        if let Ok(arr) = <[u8; 32]>::try_from(bytes.as_slice()) {
            return Ok(arr);
        }
        if let Some(k) = std::str::from_utf8(&bytes).ok().and_then(parse_hex_key) {
            return Ok(k);
        }
        bail!(
            "key file {} must hold 32 raw bytes or 64 hex digits (make one with: head -c 32 /dev/urandom > FILE)",
            path.display()
        );
    }
    if let Ok(text) = std::env::var("LOGVEIL_MASK_KEY") {
        return parse_hex_key(&text).context(
            "LOGVEIL_MASK_KEY must be 64 hex digits (make one with: openssl rand -hex 32)",
        );
    }
    let mut key = [0u8; 32];
    getrandom::getrandom(&mut key).map_err(|e| anyhow::anyhow!("no randomness for a key: {e}"))?;
    Ok(key)
}

fn build_engine(args: &MaskArgs) -> Result<Engine> {
    let mut config = match &args.rules {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("cannot read rules file {}", path.display()))?;
            RulesConfig::from_toml(&text)
                .with_context(|| format!("in rules file {}", path.display()))?
        }
        None => RulesConfig::default(),
    };
    for s in &args.styles {
        let (kind, style) = s.split_once('=').with_context(|| {
            format!("--style {s}: expected KIND=STYLE, e.g. --style email=token")
        })?;
        if MaskStyle::parse(style).is_none() {
            bail!("--style {s}: unknown style `{style}`; styles are redact, partial, token");
        }
        config.styles.insert(kind.to_string(), style.to_string());
    }
    let engine = Engine::new(&config).map_err(|e| match &args.rules {
        Some(p) => anyhow::anyhow!("{}: {e}", p.display()),
        None => anyhow::anyhow!("{e}"),
    })?;
    Ok(engine)
}

pub fn run(args: MaskArgs) -> Result<ExitCode> {
    let engine = build_engine(&args)?;
    let key = load_key(args.key_file.as_deref())?;
    let masker = Masker::new(engine, TokenKey::new(key));

    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    let mut state = State::default();

    let files: Vec<PathBuf> = if args.files.is_empty() {
        vec![PathBuf::from("-")]
    } else {
        args.files.clone()
    };
    for path in &files {
        let input: Box<dyn Read> = if path.as_os_str() == "-" {
            Box::new(io::stdin().lock())
        } else {
            Box::new(File::open(path).with_context(|| format!("cannot open {}", path.display()))?)
        };
        let reader = BufReader::with_capacity(1 << 20, input);
        mask_stream(&masker, &args, reader, &mut out, &mut state)
            .with_context(|| format!("while masking {}", path.display()))?;
    }
    out.flush()?;
    if state.withheld > 0 {
        eprintln!(
            "logveil: {} line(s) over --max-line-bytes ({}) were withheld, not written in clear",
            state.withheld, args.max_line_bytes
        );
    }
    Ok(ExitCode::SUCCESS)
}

#[derive(Default)]
struct State {
    line_no: u64,
    withheld: u64,
    masked: MaskedLine,
    /// What earlier lines of this input said (a CSV header); new for each input.
    stream: StreamState,
}

fn mask_stream<R: io::BufRead, W: Write>(
    masker: &Masker,
    args: &MaskArgs,
    reader: R,
    out: &mut W,
    state: &mut State,
) -> Result<()> {
    let engine = masker.engine();
    state.stream = StreamState::default();
    let mut lines = LineReader::new(reader, args.max_line_bytes);
    while let Some(line) = lines.next_line()? {
        state.line_no += 1;
        match line {
            Line::TooLong { len, newline } => {
                state.withheld += 1;
                let notice =
                    format!("[logveil: line of {len} bytes withheld: over --max-line-bytes]");
                if args.spans {
                    serde_json::to_writer(
                        &mut *out,
                        &JsonLine {
                            masked: &notice,
                            spans: vec![JsonSpan {
                                start: 0,
                                end: usize::try_from(len).unwrap_or(usize::MAX),
                                kind: "withheld",
                            }],
                        },
                    )?;
                    out.write_all(b"\n")?;
                } else {
                    out.write_all(notice.as_bytes())?;
                    if newline {
                        out.write_all(b"\n")?;
                    }
                }
            }
            Line::Full {
                bytes,
                crlf,
                newline,
            } => {
                masker.mask_in_stream(bytes, &mut state.stream, &mut state.masked);
                let m = &state.masked;
                if args.spans {
                    let text = String::from_utf8_lossy(&m.text);
                    let spans = m
                        .spans
                        .iter()
                        .map(|s| JsonSpan {
                            start: s.span.start,
                            end: s.span.end,
                            kind: engine.kind_name(s.span.kind),
                        })
                        .collect();
                    serde_json::to_writer(
                        &mut *out,
                        &JsonLine {
                            masked: &text,
                            spans,
                        },
                    )?;
                    out.write_all(b"\n")?;
                } else {
                    out.write_all(&m.text)?;
                    if crlf {
                        out.write_all(b"\r")?;
                    }
                    if newline || args.explain {
                        out.write_all(b"\n")?;
                    }
                    if args.explain {
                        for s in &m.spans {
                            writeln!(
                                out,
                                "    line {} bytes {}..{}: {} <- {} => {}",
                                state.line_no,
                                s.span.start,
                                s.span.end,
                                engine.kind_name(s.span.kind),
                                engine.describe(s.span.rule),
                                String::from_utf8_lossy(&m.text[s.masked_range()]),
                            )?;
                        }
                    }
                }
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_keys() {
        assert_eq!(parse_hex_key(&"ab".repeat(32)), Some([0xab; 32]));
        assert_eq!(parse_hex_key("abc"), None);
        assert_eq!(parse_hex_key(&"zz".repeat(32)), None);
    }
}
