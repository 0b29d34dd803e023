//! The approval page that notifications link to: plain HTML forms, no JavaScript.
//!
//! A session is a user token (the same as `POST /api/v1/login` gives) in the cookie
//! `logveil_session` (`HttpOnly; SameSite=Strict; Path=/ui`, `Secure` behind https). Every form
//! that changes something carries a CSRF token, an HMAC of the session's token id under a key
//! made at start, and cross-origin POSTs are refused by their `Origin` header as well. Reviews
//! go through [`crate::access::perform`], exactly like the API's.
//!
//! `SameSite=Strict` means a link followed from a chat app arrives without the cookie: the page
//! then asks to sign in even when a session exists. The sign-in form returns to the page.

use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use hmac::{Hmac, Mac};
use logveil_core::access::AccessRequest;
use serde::Deserialize;
use sha2::Sha256;
use subtle::ConstantTimeEq;

use crate::access::{perform, ReviewAction};
use crate::auth::Caller;
use crate::error::ApiError;
use crate::policy::Principal;
use crate::{AppState, StartError};

pub const COOKIE: &str = "logveil_session";

/// The key CSRF tokens are signed with.
pub struct UiKey([u8; 32]);

impl std::fmt::Debug for UiKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("UiKey(<redacted>)")
    }
}

impl UiKey {
    pub fn random() -> Result<Self, StartError> {
        use argon2::password_hash::rand_core::{OsRng, RngCore};
        let mut key = [0u8; 32];
        OsRng
            .try_fill_bytes(&mut key)
            .map_err(|e| StartError::Random(e.to_string()))?;
        Ok(UiKey(key))
    }

    /// The CSRF token of the session whose token id is `token_id`.
    pub fn csrf(&self, token_id: &str) -> String {
        let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(&self.0) else {
            return String::new();
        };
        mac.update(b"logveil-ui-csrf\0");
        mac.update(token_id.as_bytes());
        crate::notify::hex(&mac.finalize().into_bytes())
    }

    fn csrf_ok(&self, token_id: &str, presented: &str) -> bool {
        let expected = self.csrf(token_id);
        !expected.is_empty()
            && expected.len() == presented.len()
            && bool::from(expected.as_bytes().ct_eq(presented.as_bytes()))
    }
}

/// Escapes text for HTML element content and quoted attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#222}\
th{text-align:left;padding-right:1rem;vertical-align:top}td{white-space:pre-wrap;word-break:break-word}\
form{margin:1rem 0}input[type=text],input[type=password]{width:20rem}.error{color:#a00}";

fn page(status: StatusCode, title: &str, body: &str) -> Response {
    let html = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">\
         <title>{} · logveil</title><style>{STYLE}</style></head><body><h1>{}</h1>{body}</body></html>",
        escape(title),
        escape(title)
    );
    let mut resp = (status, html).into_response();
    strict_headers(resp.headers_mut());
    resp
}

fn strict_headers(h: &mut HeaderMap) {
    for (name, value) in [
        (header::CONTENT_TYPE, "text/html; charset=utf-8"),
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
        ),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::CACHE_CONTROL, "no-store"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
    ] {
        h.insert(name, HeaderValue::from_static(value));
    }
}

fn error_page(e: &ApiError) -> Response {
    page(
        e.status,
        "Not done",
        &format!("<p class=\"error\">{}</p>", escape(&e.message)),
    )
}

fn redirect(to: &str, cookie: Option<String>) -> Response {
    let mut resp = StatusCode::SEE_OTHER.into_response();
    strict_headers(resp.headers_mut());
    match HeaderValue::from_str(to) {
        Ok(v) => {
            resp.headers_mut().insert(header::LOCATION, v);
        }
        Err(_) => return error_page(&ApiError::bad_request("invalid_path", "invalid path")),
    }
    if let Some(c) = cookie.and_then(|c| HeaderValue::from_str(&c).ok()) {
        resp.headers_mut().insert(header::SET_COOKIE, c);
    }
    resp
}

/// Where a sign-in may return to: a path of this UI only, so the form is no open redirect.
fn safe_next(next: &str) -> Option<&str> {
    (next.starts_with("/ui/")
        && next.len() <= 512
        && next.bytes().all(|b| b.is_ascii_graphic() && b != b'\\'))
    .then_some(next)
}

fn sign_in_form(status: StatusCode, next: &str, message: Option<&str>) -> Response {
    let message = message
        .map(|m| format!("<p class=\"error\">{}</p>", escape(m)))
        .unwrap_or_default();
    page(
        status,
        "Sign in",
        &format!(
            "{message}<form method=\"post\" action=\"/ui/login\">\
             <input type=\"hidden\" name=\"next\" value=\"{}\">\
             <p><label>User <input type=\"text\" name=\"user\" autocomplete=\"username\" required></label></p>\
             <p><label>Password <input type=\"password\" name=\"password\" autocomplete=\"current-password\" required></label></p>\
             <p><button type=\"submit\">Sign in</button></p></form>",
            escape(next)
        ),
    )
}

fn session_secret(headers: &HeaderMap) -> Option<String> {
    crate::auth::cookie_value(headers, COOKIE)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

/// The signed-in person, if the cookie holds a valid user token.
async fn session(state: &AppState, headers: &HeaderMap) -> Option<Caller> {
    let secret = session_secret(headers)?;
    let caller = Caller::from_secret(state, &secret).await.ok()?;
    caller
        .principal
        .as_ref()
        .is_some_and(|p| p.person)
        .then_some(caller)
}

/// A browser's cross-site POST names its origin; anything but this gateway is refused.
fn same_origin(state: &AppState, headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN) else {
        return true;
    };
    let Ok(origin) = origin.to_str() else {
        return false;
    };
    if let Some(public) = &state.config.public_url {
        let public_origin = crate::notify::url_host(public).map(|host| {
            let scheme = public.split_once("://").map_or("https", |(s, _)| s);
            format!("{scheme}://{host}")
        });
        if public_origin.as_deref() == Some(origin) {
            return true;
        }
    }
    let host = headers.get(header::HOST).and_then(|h| h.to_str().ok());
    host.is_some_and(|h| origin == format!("http://{h}") || origin == format!("https://{h}"))
}

fn cross_origin() -> Response {
    error_page(&ApiError::forbidden(
        "this form was sent from another site and was refused",
    ))
}

#[derive(Debug, Deserialize)]
struct LoginForm {
    #[serde(default)]
    user: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    next: String,
}

/// `POST /ui/login`: the sign-in form's target.
pub async fn login(
    State(state): State<Arc<AppState>>,
    crate::auth::Origin(origin): crate::auth::Origin,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if !same_origin(&state, &headers) {
        return cross_origin();
    }
    let Ok(form) = serde_urlencoded::from_bytes::<LoginForm>(&body) else {
        return error_page(&ApiError::bad_request("invalid_form", "unreadable form"));
    };
    let next = safe_next(&form.next).unwrap_or("/ui/");
    let signed = match crate::identity::sign_in(
        &state,
        &form.user,
        form.password,
        crate::identity::WEB_SESSION,
        origin,
    )
    .await
    {
        Ok(s) => s,
        Err(e) if e.status == StatusCode::UNAUTHORIZED => {
            return sign_in_form(StatusCode::UNAUTHORIZED, next, Some(&e.message))
        }
        Err(e) => return error_page(&e),
    };
    let secure = state
        .config
        .public_url
        .as_deref()
        .is_some_and(|u| u.starts_with("https://"));
    let max_age = crate::identity::SESSION.as_secs();
    let cookie = format!(
        "{COOKIE}={}; HttpOnly; SameSite=Strict; Path=/ui; Max-Age={max_age}{}",
        signed.token,
        if secure { "; Secure" } else { "" }
    );
    if next == "/ui/" {
        // No page of its own there: say so instead of redirecting to a 404.
        let mut resp = page(
            StatusCode::OK,
            "Signed in",
            "<p>You are signed in. Open an approval link again.</p>",
        );
        if let Ok(c) = HeaderValue::from_str(&cookie) {
            resp.headers_mut().insert(header::SET_COOKIE, c);
        }
        return resp;
    }
    redirect(next, Some(cookie))
}

fn request_path(id: &str) -> String {
    format!("/ui/requests/{id}")
}

fn may_see(who: &Principal, r: &AccessRequest) -> bool {
    who.admin || r.requester == who.name || who.approves(&r.scope.services)
}

/// `GET /ui/requests/{id}`: a request's details and, for its approvers, the review forms.
pub async fn request_page(
    State(state): State<Arc<AppState>>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Response {
    let Some(caller) = session(&state, &headers).await else {
        return sign_in_form(StatusCode::OK, &request_path(&id), None);
    };
    let Some(who) = caller.principal.as_ref() else {
        return sign_in_form(StatusCode::OK, &request_path(&id), None);
    };
    let not_found = || {
        error_page(&ApiError::new(
            StatusCode::NOT_FOUND,
            "not_found",
            "no such request, or not one you may see",
        ))
    };
    let r = match state.storage.control().request(&id).await {
        Ok(Some((r, _))) => r,
        Ok(None) => return not_found(),
        Err(e) => return error_page(&ApiError::from(e)),
    };
    // Not a separate "forbidden": whether an id exists is not told to those who may not see it.
    if !may_see(who, &r) {
        return not_found();
    }
    let now = state.storage.clock().now();
    let status = r.status(now);
    let list = |v: &[String]| {
        if v.is_empty() {
            "none".to_owned()
        } else {
            escape(&v.join(", "))
        }
    };
    let services: Vec<String> = r
        .scope
        .services
        .iter()
        .map(|s| s.as_str().to_owned())
        .collect();
    let approvals: Vec<String> = r.approvals.iter().map(|a| a.to_string()).collect();
    let mut body = format!(
        "<table>\
         <tr><th>Request</th><td>{}</td></tr>\
         <tr><th>Requester</th><td>{}</td></tr>\
         <tr><th>Services</th><td>{}</td></tr>\
         <tr><th>Unmask</th><td>{}</td></tr>\
         <tr><th>Level</th><td>{}</td></tr>\
         <tr><th>Duration</th><td>{} minutes</td></tr>\
         <tr><th>Reason</th><td>{}</td></tr>\
         <tr><th>Status</th><td>{}</td></tr>\
         <tr><th>Approvals</th><td>{} of {}: {}</td></tr>\
         </table>",
        escape(&id),
        escape(r.requester.as_str()),
        list(&services),
        list(&r.scope.kinds),
        r.scope
            .level
            .map_or_else(|| "roles' minimum".to_owned(), |l| escape(&l.to_string())),
        r.duration.as_secs() / 60,
        escape(r.reason.as_str()),
        escape(status.as_str()),
        r.approvals.len(),
        r.needed,
        list(&approvals),
    );
    let may_review = status == logveil_core::access::Status::Pending
        && crate::access::may_review(&state.config.access, who, &r)
        && !r
            .approvals
            .contains(&logveil_core::access::Reviewer::Person(who.name.clone()));
    if may_review {
        let csrf = escape(&state.ui_key.csrf(&caller.token.id));
        let base = escape(&request_path(&id));
        body.push_str(&format!(
            "<form method=\"post\" action=\"{base}/approve\">\
             <input type=\"hidden\" name=\"csrf\" value=\"{csrf}\">\
             <button type=\"submit\">Approve</button></form>\
             <form method=\"post\" action=\"{base}/deny\">\
             <input type=\"hidden\" name=\"csrf\" value=\"{csrf}\">\
             <p><label>Reason for denying <input type=\"text\" name=\"reason\" required minlength=\"3\" maxlength=\"500\"></label></p>\
             <button type=\"submit\">Deny</button></form>"
        ));
    } else if r.requester == who.name {
        body.push_str("<p>This is your request: others review it.</p>");
    }
    body.push_str(&format!(
        "<p>Signed in as {}.</p>",
        escape(who.name.as_str())
    ));
    page(StatusCode::OK, "Access request", &body)
}

#[derive(Debug, Deserialize)]
struct ReviewForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    reason: Option<String>,
}

/// `POST /ui/requests/{id}/{approve|deny}`
pub async fn act(
    State(state): State<Arc<AppState>>,
    crate::auth::Origin(origin): crate::auth::Origin,
    Path((id, action)): Path<(String, String)>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let action = match action.as_str() {
        "approve" => ReviewAction::Approve,
        "deny" => ReviewAction::Deny,
        _ => {
            return error_page(&ApiError::new(
                StatusCode::NOT_FOUND,
                "not_found",
                "no such action: approve or deny",
            ))
        }
    };
    if !same_origin(&state, &headers) {
        return cross_origin();
    }
    let Some(caller) = session(&state, &headers).await else {
        return sign_in_form(
            StatusCode::UNAUTHORIZED,
            &request_path(&id),
            Some("Sign in, then review the request again: nothing was done."),
        );
    };
    let Some(who) = caller.principal.as_ref() else {
        return sign_in_form(StatusCode::UNAUTHORIZED, &request_path(&id), None);
    };
    let form = serde_urlencoded::from_bytes::<ReviewForm>(&body).unwrap_or(ReviewForm {
        csrf: String::new(),
        reason: None,
    });
    if !state.ui_key.csrf_ok(&caller.token.id, &form.csrf) {
        return error_page(&ApiError::forbidden(
            "this form is stale or was not sent from this page; reload the request and try again",
        ));
    }
    let context = caller.clone().with_origin(origin).context;
    match perform(&state, who, &context, &id, action, form.reason).await {
        Ok(_) => redirect(&request_path(&id), None),
        Err(e) => error_page(&e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_neutralises_markup_and_quotes() {
        assert_eq!(
            escape(r#"<script>alert("x")</script> & 'y'"#),
            "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;"
        );
        assert_eq!(escape("plain INC-1"), "plain INC-1");
    }

    #[test]
    fn sign_in_returns_only_to_this_ui() {
        assert_eq!(safe_next("/ui/requests/req_1"), Some("/ui/requests/req_1"));
        for bad in [
            "https://evil.example/ui/",
            "//evil.example/ui/",
            "/\\evil.example",
            "/api/v1/users",
            "/ui/x\r\nSet-Cookie: a=b",
            "",
        ] {
            assert_eq!(safe_next(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn csrf_tokens_are_bound_to_the_session() {
        let key = UiKey([7; 32]);
        let t = key.csrf("abcd");
        assert!(key.csrf_ok("abcd", &t));
        assert!(!key.csrf_ok("abce", &t));
        assert!(!key.csrf_ok("abcd", ""));
        assert!(!UiKey([8; 32]).csrf_ok("abcd", &t));
    }

    #[test]
    fn only_the_session_cookie_is_read() {
        let mut h = HeaderMap::new();
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("other=1; logveil_session=lv_a_b; x=y"),
        );
        assert_eq!(session_secret(&h).as_deref(), Some("lv_a_b"));
        h.insert(
            header::COOKIE,
            HeaderValue::from_static("logveil_sessionx=1"),
        );
        assert_eq!(session_secret(&h), None);
    }
}
