-- The team's identity key stays in its members' browsers. The server keeps only a check value (an HMAC of a
-- fixed text under the key), so a member's browser can tell the right key from a mistyped one.
alter table teams add column key_check text check (key_check ~ '^[0-9a-f]{64}$');
