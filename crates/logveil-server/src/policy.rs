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
use logveil_core::{stream_keys, Level, Role, UserName};

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

// Administrators manage users, roles, tokens and retention.
@id("administer")
permit (principal is User, action == Action::"administer", resource is Gateway)
when { principal.admin };
"#;

#[derive(Debug, thiserror::Error)]
#[error("policy: {0}")]
pub struct PolicyError(String);

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
    /// Services (or `*`) whose requests this principal may review.
    pub approver_for: Vec<String>,
    /// A person or service account (not the admin token): only they request access.
    pub person: bool,
}

impl Principal {
    pub fn from_roles(name: UserName, roles: &[Role]) -> Self {
        Principal {
            name,
            read_keys: roles.iter().flat_map(Role::read_keys).collect(),
            admin: roles.iter().any(|r| r.admin),
            approver_for: roles
                .iter()
                .flat_map(|r| r.approver_for.iter().cloned())
                .collect(),
            person: true,
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

fn uid(kind: &str, id: &str) -> Result<EntityUid, PolicyError> {
    let t = EntityTypeName::from_str(kind).map_err(|e| PolicyError(e.to_string()))?;
    let i = EntityId::from_str(id).map_err(|e| PolicyError(e.to_string()))?;
    Ok(EntityUid::from_type_name_and_id(t, i))
}

fn strings(v: &[String]) -> RestrictedExpression {
    RestrictedExpression::new_set(
        v.iter()
            .map(|s| RestrictedExpression::new_string(s.clone())),
    )
}

impl Policy {
    pub fn new() -> Result<Self, PolicyError> {
        let policies: PolicySet = POLICIES
            .parse()
            .map_err(|e: cedar_policy::ParseErrors| PolicyError(e.to_string()))?;
        Ok(Self {
            policies,
            authorizer: Authorizer::new(),
        })
    }

    fn decide(
        &self,
        who: &Principal,
        action: &str,
        resource: EntityUid,
        context: Context,
    ) -> Result<bool, PolicyError> {
        let principal = uid("User", who.name.as_str())?;
        let attrs = HashMap::from([
            ("read_keys".to_owned(), strings(&who.read_keys)),
            (
                "admin".to_owned(),
                RestrictedExpression::new_bool(who.admin),
            ),
        ]);
        let entity = Entity::new(principal.clone(), attrs, HashSet::new())
            .map_err(|e| PolicyError(e.to_string()))?;
        let entities =
            Entities::from_entities([entity], None).map_err(|e| PolicyError(e.to_string()))?;
        let request = Request::new(principal, uid("Action", action)?, resource, context, None)
            .map_err(|e| PolicyError(e.to_string()))?;
        let response = self
            .authorizer
            .is_authorized(&request, &self.policies, &entities);
        Ok(response.decision() == Decision::Allow)
    }

    /// May `who` read, masked, records of this service, environment and level?
    pub fn may_read_masked(
        &self,
        who: &Principal,
        service: &str,
        env: &str,
        level: Level,
    ) -> Result<bool, PolicyError> {
        let context = Context::from_pairs([(
            "stream_keys".to_owned(),
            strings(&stream_keys(service, env, level)),
        )])
        .map_err(|e| PolicyError(e.to_string()))?;
        self.decide(
            who,
            "read_masked",
            uid("Stream", &format!("{service}|{env}|{level}"))?,
            context,
        )
    }

    /// May `who` manage users, roles, tokens and retention?
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
    }
}
