//! The CLI's connection to a server: `--server`/`LOGVEIL_SERVER` and `--token`/`LOGVEIL_TOKEN`,
//! errors turned into what to do next.

use std::io::Read;

use anyhow::{anyhow, bail, Context};

#[derive(Debug, Clone, clap::Args)]
pub struct ServerArgs {
    /// The logveil server's URL.
    #[arg(
        long,
        env = "LOGVEIL_SERVER",
        default_value = "http://127.0.0.1:7700",
        global = true
    )]
    pub server: String,

    /// API token (the admin token is in DATA_DIR/admin.token). Prefer the environment variable:
    /// command lines are visible to other users of the machine.
    #[arg(long, env = "LOGVEIL_TOKEN", hide_env_values = true, global = true)]
    pub token: Option<String>,
}

pub struct Client {
    agent: ureq::Agent,
    base: String,
    token: String,
}

/// Where `logveil login` keeps the session token: `$XDG_CONFIG_HOME/logveil/token`, else
/// `~/.config/logveil/token`.
pub fn token_file() -> Option<std::path::PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .map(std::path::PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".config"))
        })?;
    Some(base.join("logveil").join("token"))
}

impl Client {
    /// A client with the token of `--token`/`LOGVEIL_TOKEN`, else the one `logveil login` saved.
    pub fn new(args: &ServerArgs) -> anyhow::Result<Self> {
        let saved = || token_file().and_then(|p| std::fs::read_to_string(p).ok());
        // An empty LOGVEIL_TOKEN (exported blank, or `LOGVEIL_TOKEN= logveil …`) means "not
        // set", so the saved session still applies.
        let token = args
            .token
            .clone()
            .filter(|t| !t.trim().is_empty())
            .or_else(saved)
            .map(|t| t.trim().to_owned())
            .filter(|t| !t.is_empty())
            .ok_or_else(|| {
                anyhow!("not signed in: run `logveil login --user NAME`, or set LOGVEIL_TOKEN (an admin token is in DATA_DIR/admin.token)")
            })?;
        let mut c = Self::anonymous(args);
        c.token = token;
        Ok(c)
    }

    /// A client without credentials, for signing in.
    pub fn anonymous(args: &ServerArgs) -> Self {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        Self {
            agent,
            base: args.server.trim_end_matches('/').to_owned(),
            token: String::new(),
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    fn explain(&self, e: ureq::Error) -> anyhow::Error {
        anyhow!("cannot reach the logveil server at {}: {e}. Is `logveil serve` running? Set --server or LOGVEIL_SERVER", self.base)
    }

    fn authorized(
        &self,
        req: ureq::RequestBuilder<ureq::typestate::WithBody>,
    ) -> ureq::RequestBuilder<ureq::typestate::WithBody> {
        req.header("Authorization", &format!("Bearer {}", self.token))
    }

    /// POSTs JSON and returns the response's JSON, or the server's error message.
    pub fn post_json(
        &self,
        path: &str,
        body: &serde_json::Value,
    ) -> anyhow::Result<serde_json::Value> {
        let resp = self
            .authorized(self.agent.post(&self.url(path)))
            .send_json(body)
            .map_err(|e| self.explain(e))?;
        read_json(resp)
    }

    /// POSTs JSON without a token (signing in).
    pub fn post_json_anonymous(
        &self,
        path: &str,
        body: &serde_json::Value,
    ) -> anyhow::Result<serde_json::Value> {
        let resp = self
            .agent
            .post(&self.url(path))
            .send_json(body)
            .map_err(|e| self.explain(e))?;
        read_json(resp)
    }

    pub fn put_json(
        &self,
        path: &str,
        body: &serde_json::Value,
    ) -> anyhow::Result<serde_json::Value> {
        let resp = self
            .authorized(self.agent.put(&self.url(path)))
            .send_json(body)
            .map_err(|e| self.explain(e))?;
        read_json(resp)
    }

    fn get(&self, path: &str) -> anyhow::Result<ureq::http::Response<ureq::Body>> {
        self.agent
            .get(&self.url(path))
            .header("Authorization", &format!("Bearer {}", self.token))
            .call()
            .map_err(|e| self.explain(e))
    }

    pub fn get_json(&self, path: &str) -> anyhow::Result<serde_json::Value> {
        read_json(self.get(path)?)
    }

    /// GETs a body and copies it to `out` as it arrives (an export of any size); returns the
    /// bytes copied.
    pub fn get_to(&self, path: &str, out: &mut dyn std::io::Write) -> anyhow::Result<u64> {
        let resp = self.get(path)?;
        if !resp.status().is_success() {
            return Err(error_of(resp));
        }
        let mut body = resp.into_body().into_reader();
        std::io::copy(&mut body, out).context("reading the server's answer")
    }

    /// POSTs raw bytes (bulk import) with a content type.
    pub fn post_bytes(
        &self,
        path: &str,
        content_type: &str,
        body: &[u8],
    ) -> anyhow::Result<serde_json::Value> {
        let resp = self
            .authorized(self.agent.post(&self.url(path)))
            .header("Content-Type", content_type)
            .send(body)
            .map_err(|e| self.explain(e))?;
        read_json(resp)
    }

    /// POSTs JSON and calls `on_event(event, data)` for each server-sent event until the
    /// stream ends or `on_event` returns false.
    pub fn stream_events(
        &self,
        path: &str,
        body: &serde_json::Value,
        mut on_event: impl FnMut(&str, &str) -> anyhow::Result<bool>,
    ) -> anyhow::Result<()> {
        let resp = self
            .authorized(self.agent.post(&self.url(path)))
            .header("Accept", "text/event-stream")
            .send_json(body)
            .map_err(|e| self.explain(e))?;
        if !resp.status().is_success() {
            return Err(error_of(resp));
        }
        let mut reader = std::io::BufReader::new(resp.into_body().into_reader());
        let mut event = String::new();
        let mut data = String::new();
        let mut line = String::new();
        loop {
            line.clear();
            let n = std::io::BufRead::read_line(&mut reader, &mut line)
                .context("reading the event stream")?;
            if n == 0 {
                return Ok(());
            }
            let l = line.trim_end_matches(['\r', '\n']);
            if l.is_empty() {
                if !data.is_empty() || !event.is_empty() {
                    let ev = if event.is_empty() {
                        "message"
                    } else {
                        event.as_str()
                    };
                    if !on_event(ev, &data)? {
                        return Ok(());
                    }
                }
                event.clear();
                data.clear();
            } else if let Some(v) = l.strip_prefix("event:") {
                event = v.trim_start().to_owned();
            } else if let Some(v) = l.strip_prefix("data:") {
                if !data.is_empty() {
                    data.push('\n');
                }
                data.push_str(v.strip_prefix(' ').unwrap_or(v));
            }
        }
    }
}

fn error_of(resp: ureq::http::Response<ureq::Body>) -> anyhow::Error {
    let status = resp.status();
    let mut text = String::new();
    let _ = resp
        .into_body()
        .into_reader()
        .take(1 << 20)
        .read_to_string(&mut text);
    let message = serde_json::from_str::<serde_json::Value>(&text)
        .ok()
        .and_then(|v| v["error"]["message"].as_str().map(str::to_owned))
        .unwrap_or(text);
    match status.as_u16() {
        401 => anyhow!("the server refused the token ({message}); check LOGVEIL_TOKEN"),
        403 => anyhow!("not allowed: {message}"),
        _ => anyhow!("server answered {status}: {message}"),
    }
}

fn read_json(resp: ureq::http::Response<ureq::Body>) -> anyhow::Result<serde_json::Value> {
    if !resp.status().is_success() {
        return Err(error_of(resp));
    }
    let mut body = resp.into_body();
    let v: serde_json::Value = body
        .with_config()
        .limit(1 << 30)
        .read_json()
        .context("the server's answer is not JSON")?;
    if v.is_null() {
        bail!("empty answer from the server");
    }
    Ok(v)
}
