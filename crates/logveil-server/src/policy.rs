//! Decisions, in Cedar. A few constant policies; who may read what comes from entity data (a
//! user's roles become the `read_keys` attribute), never from a policy written per user, role or
//! grant. Default deny: a request no policy permits is refused.
//!
//! Reading masked logs is decided per stream (service, environment, level): the stream's keys
//! (`stream_keys`) must meet the principal's. A query evaluates each distinct stream once.

use std::collections::{HashMap, HashSet};
use std::str::FromStr;

use cedar_policy::{
    Authorizer, Context, Decision, Entities, Entity, EntityId, EntityTypeName, EntityUid,
    PolicySet, Request, RestrictedExpression,
};
use logveil_core::access::{AccessRequest, Decided};
use logveil_core::{stream_keys, Level, Role, Timestamp, UserName};

/// The policies. Changing them is a code change, reviewed like one.
pub const POLICIES: &str = r#"
// A member of a role reads, masked, the streams the role covers.
@id("read_masked_by_role")
permit (principal is User, action == Action::"read_masked", resource is Stream)
when { principal.read_keys.containsAny(context.stream_keys) };

// Administrators read every stream, masked.
@id("read_masked_admin")
permit (principal is User, action == Action::"read_masked", resource is Stream)
when { principal.admin };

// A grant shows its kinds in clear to its requester, on its services, for logs of its time
// range and levels, between activation and its end (deadline, revocation or drop).
@id("read_unmasked_by_grant")
permit (principal is User, action == Action::"read_unmasked", resource is Grant)
when {
  resource.requester == principal &&
  resource.services.contains(context.service) &&
  resource.kinds.contains(context.kind) &&
  context.level >= resource.min_level &&
  context.record_ts >= resource.logs_from && context.record_ts < resource.logs_to &&
  context.now >= resource.starts && context.now < resource.ends &&
  (!resource.needs_step_up || context.step_up_fresh)
};

// Auditors and administrators read the audit log (and each read is itself audited).
@id("read_audit")
permit (principal is User, action == Action::"read_audit", resource is Gateway)
when { principal.auditor || principal.admin };

// Administrators manage users, roles, tokens and retention.
@id("administer")
permit (principal is User, action == Action::"administer", resource is Gateway)
when { principal.admin };
"#;

/// The entity types, attributes and actions the policies may use: the validator checks every
/// policy against it (strict mode), at start and with `logveil policy validate`.
pub const SCHEMA: &str = r#"
entity User = { read_keys: Set<String>, admin: Bool, auditor: Bool };
entity Stream;
entity Gateway;
entity Grant = {
  requester: User, services: Set<String>, kinds: Set<String>, min_level: Long,
  logs_from: Long, logs_to: Long, starts: Long, ends: Long, needs_step_up: Bool
};
action read_masked appliesTo { principal: User, resource: Stream, context: { stream_keys: Set<String> } };
action read_unmasked appliesTo {
  principal: User, resource: Grant,
  context: {
    service: String, kind: String, level: Long, record_ts: Long, now: Long, step_up_fresh: Bool
  }
};
action administer appliesTo { principal: User, resource: Gateway, context: {} };
action read_audit appliesTo { principal: User, resource: Gateway, context: {} };
"#;

#[derive(Debug, thiserror::Error)]
#[error("policy: {0}")]
pub struct PolicyError(String);

/// Validates [`POLICIES`] against [`SCHEMA`]; returns how many policies were checked.
pub fn validate() -> Result<usize, PolicyError> {
    validate_text(POLICIES)
}

fn validate_text(text: &str) -> Result<usize, PolicyError> {
    let (schema, _) = cedar_policy::Schema::from_cedarschema_str(SCHEMA)
        .map_err(|e| PolicyError(e.to_string()))?;
    let policies: PolicySet = text
        .parse()
        .map_err(|e: cedar_policy::ParseErrors| PolicyError(e.to_string()))?;
    let result = cedar_policy::Validator::new(schema)
        .validate(&policies, cedar_policy::ValidationMode::Strict);
    // Warnings count too: a policy that can never apply (an action on the wrong resource type)
    // is a mistake, not a harmless no-op.
    if !result.validation_passed_without_warnings() {
        let errors: Vec<String> = result
            .validation_errors()
            .map(|e| e.to_string())
            .chain(result.validation_warnings().map(|w| w.to_string()))
            .collect();
        return Err(PolicyError(errors.join("; ")));
    }
    Ok(policies.policies().count())
}

/// The compiled policies.
#[derive(Debug)]
pub struct Policy {
    policies: PolicySet,
    authorizer: Authorizer,
}

/// A principal as the policies see it.
#[derive(Debug, Clone)]
pub struct Principal {
    pub name: UserName,
    pub read_keys: Vec<String>,
    pub admin: bool,
    /// Reads the audit log.
    pub auditor: bool,
    /// Services (or `*`) whose requests this principal may review.
    pub approver_for: Vec<String>,
    /// A person or service account (not the admin token): only they request access.
    pub person: bool,
    pub roles: Vec<logveil_core::RoleName>,
}

impl Principal {
    pub fn from_roles(name: UserName, roles: &[Role]) -> Self {
        Principal {
            name,
            read_keys: roles.iter().flat_map(Role::read_keys).collect(),
            admin: roles.iter().any(|r| r.admin),
            auditor: roles.iter().any(|r| r.auditor),
            approver_for: roles
                .iter()
                .flat_map(|r| r.approver_for.iter().cloned())
                .collect(),
            person: true,
            roles: roles.iter().map(|r| r.name.clone()).collect(),
        }
    }

    /// Whether this principal may review a request for all of `services`.
    pub fn approves(&self, services: &[logveil_core::ServiceName]) -> bool {
        services.iter().all(|s| {
            self.approver_for
                .iter()
                .any(|a| a == "*" || a == s.as_str())
        })
    }
}

/// The schema's entity type names, parsed once: parsing a Cedar name on every decision was a
/// measurable share of its cost.
fn type_name(kind: &str) -> Result<EntityTypeName, PolicyError> {
    static NAMES: std::sync::OnceLock<Vec<(&'static str, EntityTypeName)>> =
        std::sync::OnceLock::new();
    let names = NAMES.get_or_init(|| {
        ["User", "Stream", "Gateway", "Grant", "Action"]
            .into_iter()
            .filter_map(|k| EntityTypeName::from_str(k).ok().map(|t| (k, t)))
            .collect()
    });
    match names.iter().find(|(k, _)| *k == kind) {
        Some((_, t)) => Ok(t.clone()),
        None => EntityTypeName::from_str(kind).map_err(|e| PolicyError(e.to_string())),
    }
}

fn uid(kind: &str, id: &str) -> Result<EntityUid, PolicyError> {
    let i = EntityId::from_str(id).map_err(|e| PolicyError(e.to_string()))?;
    Ok(EntityUid::from_type_name_and_id(type_name(kind)?, i))
}

/// A principal's entity attributes, as the schema declares them.
fn user_attrs(who: &Principal) -> HashMap<String, RestrictedExpression> {
    HashMap::from([
        ("read_keys".to_owned(), strings(&who.read_keys)),
        (
            "admin".to_owned(),
            RestrictedExpression::new_bool(who.admin),
        ),
        (
            "auditor".to_owned(),
            RestrictedExpression::new_bool(who.auditor),
        ),
    ])
}

fn strings(v: &[String]) -> RestrictedExpression {
    RestrictedExpression::new_set(
        v.iter()
            .map(|s| RestrictedExpression::new_string(s.clone())),
    )
}

impl Policy {
    /// Parses and validates the policies; a policy the schema rejects stops the server.
    pub fn new() -> Result<Self, PolicyError> {
        validate()?;
        let policies: PolicySet = POLICIES
            .parse()
            .map_err(|e: cedar_policy::ParseErrors| PolicyError(e.to_string()))?;
        Ok(Self {
            policies,
            authorizer: Authorizer::new(),
        })
    }

    fn respond(
        &self,
        who: &Principal,
        action: &str,
        resource: EntityUid,
        context: Context,
    ) -> Result<cedar_policy::Response, PolicyError> {
        let principal = uid("User", who.name.as_str())?;
        let entity = Entity::new(principal.clone(), user_attrs(who), HashSet::new())
            .map_err(|e| PolicyError(e.to_string()))?;
        let entities =
            Entities::from_entities([entity], None).map_err(|e| PolicyError(e.to_string()))?;
        let request = Request::new(principal, uid("Action", action)?, resource, context, None)
            .map_err(|e| PolicyError(e.to_string()))?;
        Ok(self
            .authorizer
            .is_authorized(&request, &self.policies, &entities))
    }

    fn decide(
        &self,
        who: &Principal,
        action: &str,
        resource: EntityUid,
        context: Context,
    ) -> Result<bool, PolicyError> {
        Ok(self.respond(who, action, resource, context)?.decision() == Decision::Allow)
    }

    /// The `@id` of each policy that decided `response` (for explanations).
    fn reasons(&self, response: &cedar_policy::Response) -> Vec<String> {
        response
            .diagnostics()
            .reason()
            .map(|id| {
                self.policies
                    .policy(id)
                    .and_then(|p| p.annotation("id"))
                    .map_or_else(|| id.to_string(), str::to_owned)
            })
            .collect()
    }

    fn stream(service: &str, env: &str, level: Level) -> Result<(EntityUid, Context), PolicyError> {
        let context = Context::from_pairs([(
            "stream_keys".to_owned(),
            strings(&stream_keys(service, env, level)),
        )])
        .map_err(|e| PolicyError(e.to_string()))?;
        Ok((uid("Stream", &format!("{service}|{env}|{level}"))?, context))
    }

    /// May `who` read, masked, records of this service, environment and level?
    pub fn may_read_masked(
        &self,
        who: &Principal,
        service: &str,
        env: &str,
        level: Level,
    ) -> Result<bool, PolicyError> {
        let (resource, context) = Self::stream(service, env, level)?;
        self.decide(who, "read_masked", resource, context)
    }

    /// [`Policy::may_read_masked`], answered with the policies that allowed it (empty: nothing
    /// permits it, so default deny).
    pub fn explain_read_masked(
        &self,
        who: &Principal,
        service: &str,
        env: &str,
        level: Level,
    ) -> Result<Vec<String>, PolicyError> {
        let (resource, context) = Self::stream(service, env, level)?;
        let response = self.respond(who, "read_masked", resource, context)?;
        Ok(if response.decision() == Decision::Allow {
            self.reasons(&response)
        } else {
            Vec::new()
        })
    }

    /// May `who` see values of `kind` in clear in a record of this service, level and time, by
    /// grant `id` (the request as the state machine left it), at `now`? The grant is an entity:
    /// its attributes carry the scope and the window, and the constant policy decides.
    #[allow(clippy::too_many_arguments)]
    pub fn may_unmask(
        &self,
        who: &Principal,
        id: &str,
        grant: &AccessRequest,
        now: Timestamp,
        service: &str,
        level: Level,
        record_ts: Timestamp,
        kind: &str,
        step_up_fresh: bool,
    ) -> Result<bool, PolicyError> {
        let (Some(Decided::Granted { at, .. }), Some(ends)) = (&grant.decided, grant.ends_at())
        else {
            return Ok(false);
        };
        let long = |t: Timestamp| RestrictedExpression::new_long(t.as_nanos());
        let principal = uid("User", who.name.as_str())?;
        let requester = uid("User", grant.requester.as_str())?;
        let services: Vec<String> = grant
            .scope
            .services
            .iter()
            .map(|s| s.as_str().to_owned())
            .collect();
        let grant_uid = uid("Grant", id)?;
        let attrs = HashMap::from([
            (
                "requester".to_owned(),
                RestrictedExpression::new_entity_uid(requester),
            ),
            ("services".to_owned(), strings(&services)),
            ("kinds".to_owned(), strings(&grant.scope.kinds)),
            (
                "min_level".to_owned(),
                RestrictedExpression::new_long(grant.scope.level.map_or(0, |l| l as i64)),
            ),
            (
                "logs_from".to_owned(),
                long(grant.scope.logs_from.unwrap_or(Timestamp::MIN)),
            ),
            (
                "logs_to".to_owned(),
                long(grant.scope.logs_to.unwrap_or(Timestamp::MAX)),
            ),
            ("starts".to_owned(), long(*at)),
            ("ends".to_owned(), long(ends)),
            (
                "needs_step_up".to_owned(),
                RestrictedExpression::new_bool(grant.step_up),
            ),
        ]);
        let grant_entity = Entity::new(grant_uid.clone(), attrs, HashSet::new())
            .map_err(|e| PolicyError(e.to_string()))?;
        let user = Entity::new(principal.clone(), user_attrs(who), HashSet::new())
            .map_err(|e| PolicyError(e.to_string()))?;
        let entities = Entities::from_entities([user, grant_entity], None)
            .map_err(|e| PolicyError(e.to_string()))?;
        let context = Context::from_pairs([
            (
                "service".to_owned(),
                RestrictedExpression::new_string(service.to_owned()),
            ),
            (
                "kind".to_owned(),
                RestrictedExpression::new_string(kind.to_owned()),
            ),
            (
                "level".to_owned(),
                RestrictedExpression::new_long(level as i64),
            ),
            ("record_ts".to_owned(), long(record_ts)),
            ("now".to_owned(), long(now)),
            (
                "step_up_fresh".to_owned(),
                RestrictedExpression::new_bool(step_up_fresh),
            ),
        ])
        .map_err(|e| PolicyError(e.to_string()))?;
        let request = Request::new(
            principal,
            uid("Action", "read_unmasked")?,
            grant_uid,
            context,
            None,
        )
        .map_err(|e| PolicyError(e.to_string()))?;
        Ok(self
            .authorizer
            .is_authorized(&request, &self.policies, &entities)
            .decision()
            == Decision::Allow)
    }

    /// May `who` manage users, roles, tokens and retention?
    /// Whether `who` reads the audit log: auditors and administrators.
    pub fn may_read_audit(&self, who: &Principal) -> Result<bool, PolicyError> {
        self.decide(
            who,
            "read_audit",
            uid("Gateway", "logveil")?,
            Context::empty(),
        )
    }

    pub fn may_administer(&self, who: &Principal) -> Result<bool, PolicyError> {
        self.decide(
            who,
            "administer",
            uid("Gateway", "logveil")?,
            Context::empty(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(services: &[&str], envs: &[&str], min: Level, admin: bool) -> Role {
        Role {
            name: "r".parse().unwrap(),
            services: services.iter().map(|s| s.to_string()).collect(),
            envs: envs.iter().map(|s| s.to_string()).collect(),
            min_level: min,
            admin,
            approver_for: Vec::new(),
            auditor: false,
        }
    }

    #[test]
    fn roles_decide_masked_reads_and_everything_else_is_denied() {
        let p = Policy::new().unwrap();
        let dev = Principal::from_roles(
            "alice".parse().unwrap(),
            &[role(&["api"], &["prod"], Level::Info, false)],
        );
        assert!(p.may_read_masked(&dev, "api", "prod", Level::Info).unwrap());
        assert!(p
            .may_read_masked(&dev, "api", "prod", Level::Fatal)
            .unwrap());
        assert!(
            !p.may_read_masked(&dev, "api", "prod", Level::Debug)
                .unwrap(),
            "debug needs a grant"
        );
        assert!(!p
            .may_read_masked(&dev, "api", "staging", Level::Info)
            .unwrap());
        assert!(!p
            .may_read_masked(&dev, "payments", "prod", Level::Error)
            .unwrap());
        assert!(!p.may_administer(&dev).unwrap());
        let nobody = Principal::from_roles("bob".parse().unwrap(), &[]);
        assert!(
            !p.may_read_masked(&nobody, "api", "", Level::Fatal).unwrap(),
            "default deny"
        );
        let any = Principal::from_roles(
            "c".parse().unwrap(),
            &[role(&["*"], &["*"], Level::Trace, false)],
        );
        assert!(p
            .may_read_masked(&any, "whatever", "", Level::Trace)
            .unwrap());
        let admin = Principal::from_roles(
            "root".parse().unwrap(),
            &[role(&[], &["*"], Level::Info, true)],
        );
        assert!(p.may_administer(&admin).unwrap());
        assert!(p
            .may_read_masked(&admin, "payments", "prod", Level::Debug)
            .unwrap());
        assert!(p.may_read_audit(&admin).unwrap());
        assert!(
            !p.may_read_audit(&dev).unwrap(),
            "readers do not read the audit"
        );
        let mut auditing = role(&[], &["*"], Level::Info, false);
        auditing.auditor = true;
        let auditor = Principal::from_roles("eve".parse().unwrap(), &[auditing]);
        assert!(p.may_read_audit(&auditor).unwrap());
        assert!(!p.may_administer(&auditor).unwrap());
        assert!(
            !p.may_read_masked(&auditor, "api", "prod", Level::Fatal)
                .unwrap(),
            "an auditor reads the audit log and nothing else"
        );
    }

    #[test]
    fn the_policies_validate_against_the_schema() {
        assert_eq!(validate().unwrap(), 5);
        let typo = r#"permit (principal is User, action == Action::"read_masked", resource is Stream) when { principal.admni };"#;
        assert!(
            validate_text(typo).is_err(),
            "an unknown attribute is caught"
        );
        let wrong =
            r#"permit (principal is User, action == Action::"read_unmasked", resource is Stream);"#;
        assert!(
            validate_text(wrong).is_err(),
            "an action on the wrong resource type is caught"
        );
    }

    fn t(s: i64) -> Timestamp {
        Timestamp::from_unix_seconds(1_795_000_000 + s)
    }

    /// Alice's pending request, made at t(0), for 10 minutes of `kind` on payments, logs from
    /// `logs_from` on.
    fn payments_request(kind: &str, logs_from: Option<Timestamp>) -> AccessRequest {
        use logveil_core::access::{Reason, Scope};
        AccessRequest::new(
            "alice".parse().unwrap(),
            Scope {
                services: vec!["payments".parse().unwrap()],
                kinds: vec![kind.into()],
                level: None,
                logs_from,
                logs_to: None,
            },
            Reason::try_from("INC-1 test".to_owned()).unwrap(),
            std::time::Duration::from_secs(600),
            std::time::Duration::from_secs(3600),
            std::time::Duration::from_secs(600),
            1,
            t(0),
        )
        .unwrap()
    }

    #[test]
    fn grants_unmask_only_their_requester_scope_and_window() {
        let p = Policy::new().unwrap();
        let mut g = payments_request("email", Some(t(-3600)));
        let alice = Principal::from_roles("alice".parse().unwrap(), &[]);
        let bob = Principal::from_roles("bob".parse().unwrap(), &[]);
        let ask = |who: &Principal, g: &AccessRequest, now: i64, svc: &str, ts: i64, kind: &str| {
            p.may_unmask(
                who,
                "req_0123456789abcdef",
                g,
                t(now),
                svc,
                Level::Info,
                t(ts),
                kind,
                false,
            )
            .unwrap()
        };
        assert!(
            !ask(&alice, &g, 10, "payments", 0, "email"),
            "pending grants show nothing"
        );
        g.approve(&"carol".parse().unwrap(), t(100)).unwrap();
        assert!(ask(&alice, &g, 100, "payments", 0, "email"));
        assert!(
            !ask(&bob, &g, 100, "payments", 0, "email"),
            "only the requester"
        );
        assert!(!ask(&alice, &g, 100, "api", 0, "email"));
        assert!(!ask(&alice, &g, 100, "payments", 0, "phone"));
        assert!(
            !ask(&alice, &g, 100, "payments", -7200, "email"),
            "logs before the range"
        );
        assert!(
            !ask(&alice, &g, 700, "payments", 0, "email"),
            "the deadline is absolute"
        );
        g.revoke(&"carol".parse().unwrap(), t(200)).unwrap();
        assert!(!ask(&alice, &g, 201, "payments", 0, "email"), "revoked");
    }

    #[test]
    fn a_grant_that_needs_a_step_up_unmasks_only_with_a_fresh_one() {
        let p = Policy::new().unwrap();
        let mut g = payments_request("credit_card", None);
        g.step_up = true;
        g.approve(&"carol".parse().unwrap(), t(1)).unwrap();
        let alice = Principal::from_roles("alice".parse().unwrap(), &[]);
        let ask = |fresh: bool| {
            p.may_unmask(
                &alice,
                "req_0123456789abcdef",
                &g,
                t(5),
                "payments",
                Level::Info,
                t(0),
                "credit_card",
                fresh,
            )
            .unwrap()
        };
        assert!(!ask(false), "no fresh step-up, no value");
        assert!(ask(true));
    }
}
