-- The team ledger's first schema: teams and their members, sessions, the ledger's records, the rows that own
-- quotas (locked in a fixed order by every quota-taking write), applied commands (idempotent replays) and an
-- append-only audit log.

create table teams (
  id uuid primary key,
  name text not null check (length(name) between 1 and 100),
  -- The rule set the team's quota checks run under (the domain's rule set ids).
  rule_set text not null default 'current',
  -- Bumped by every write, at its end, under this row's lock: revisions follow commit order, so a pull
  -- "since revision N" never misses a change committed later with a smaller number.
  revision bigint not null default 0,
  created_at timestamptz not null default now()
);

create table users (
  id uuid primary key,
  email text not null unique check (email = lower(email)),
  -- scrypt, with its parameters and salt: never the password itself.
  password_hash text not null,
  created_at timestamptz not null default now()
);

create table members (
  team_id uuid not null references teams (id),
  user_id uuid not null references users (id),
  role text not null check (role in ('owner', 'operator', 'viewer')),
  added_at timestamptz not null default now(),
  primary key (team_id, user_id)
);
create index members_user on members (user_id);

-- A session is a random token held in an HttpOnly cookie; only its SHA-256 is kept. Removing a member deletes
-- their sessions in the same transaction, so they are signed out at once.
create table sessions (
  token_hash text primary key,
  user_id uuid not null references users (id) on delete cascade,
  team_id uuid not null references teams (id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_user on sessions (user_id);

-- Failed sign-ins, by email and by client address, for the rate limit; old rows are pruned as they are read.
create table sign_in_failures (
  key text not null,
  at timestamptz not null default now()
);
create index sign_in_failures_key on sign_in_failures (key, at);

-- The ledger's records, one row each, the record itself (validated by the domain's schemas) as JSON.
create table records (
  team_id uuid not null references teams (id),
  tbl text not null check (tbl in ('clients', 'subjects', 'officialAccounts', 'admins', 'miniPrograms',
    'associations', 'emails', 'fees')),
  id text not null,
  version integer not null check (version > 0),
  revision bigint not null,
  deleted boolean not null default false,
  data jsonb not null,
  primary key (team_id, tbl, id)
);
create index records_revision on records (team_id, revision);

-- The ledger's unique fields (the domain's `uniqueFields`), for records not deleted.
create unique index records_oa_email on records (team_id, (data ->> 'email'))
  where tbl = 'officialAccounts' and not deleted;
create unique index records_mp_case on records (team_id, (data ->> 'caseId'))
  where tbl = 'miniPrograms' and not deleted and data ? 'caseId';
create unique index records_mp_app on records (team_id, (data ->> 'appId'))
  where tbl = 'miniPrograms' and not deleted and data ? 'appId';
create unique index records_link on records (team_id, (data ->> 'officialAccountId'), (data ->> 'miniProgramId'))
  where tbl = 'associations' and not deleted;
create unique index records_admin on records (team_id, (data ->> 'idCardHash'), (data ->> 'mobileHash'))
  where tbl = 'admins' and not deleted;
create unique index records_email on records (team_id, (data ->> 'email'))
  where tbl = 'emails' and not deleted;
create unique index records_credit_code on records (team_id, (data ->> 'creditCode'))
  where tbl = 'subjects' and not deleted and data ? 'creditCode';

-- The lookups the quota counts make (the domain's `LedgerReader.find`): one field or two, by table.
create index records_find_1 on records (team_id, tbl, (data ->> 'adminId'));
create index records_find_2 on records (team_id, tbl, (data ->> 'subjectId'));
create index records_find_3 on records (team_id, tbl, (data ->> 'idCardHash'));
create index records_find_4 on records (team_id, tbl, (data ->> 'mobileHash'));
create index records_find_5 on records (team_id, tbl, (data ->> 'officialAccountId'), (data ->> 'month'));
create index records_find_6 on records (team_id, tbl, (data ->> 'officialAccountId'), (data ->> 'kind'));
create index records_find_7 on records (team_id, tbl, (data ->> 'viaAccountId'), (data ->> 'status'));
create index records_find_8 on records (team_id, tbl, (data ->> 'name'));
create index records_find_9 on records (team_id, tbl, (data ->> 'miniProgramId'));
create index records_find_10 on records (team_id, tbl, (data ->> 'ownerId'));

-- One row per thing that owns a quota (a subject, an official account, an ID card or mobile hash, an email,
-- a mini program's associations). A quota-taking write locks its rows, sorted, before it counts.
create table quota_owners (
  team_id uuid not null references teams (id),
  kind text not null,
  key text not null,
  primary key (team_id, kind, key)
);

-- Every command applied, by the id its browser gave it: a replay returns the first answer, changes nothing.
create table commands (
  team_id uuid not null references teams (id),
  id text not null,
  user_id uuid not null references users (id),
  kind text not null,
  result jsonb,
  applied_at timestamptz not null default now(),
  primary key (team_id, id)
);

-- Who changed what, when, before and after: written in the same transaction as the change.
create table audit_log (
  id bigserial primary key,
  team_id uuid not null references teams (id),
  user_id uuid references users (id),
  at timestamptz not null default now(),
  action text not null,
  tbl text,
  record_id text,
  before jsonb,
  after jsonb,
  command_id text
);
create index audit_log_team on audit_log (team_id, id);

-- The application may only add to the audit log: any change or removal is refused by the database itself.
create function audit_log_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'audit_log is append-only';
end;
$$;
create trigger audit_log_no_update before update or delete on audit_log
  for each row execute function audit_log_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
  for each statement execute function audit_log_append_only();
