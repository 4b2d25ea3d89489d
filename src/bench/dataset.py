"""The benchmark data set as SQL for H2's RunScript (see common.sh, load_dataset): one issuer `bench` with 100 badges,
10,000 recipients and 100,000 accepted awards; its owner (owner@bench.example) and one earner (earner@bench.example,
one award of every badge, public profile) sign in with the given password; one API key.

    python3 src/bench/dataset.py OUT.sql PASSWORD API_KEY
"""
import hashlib, random, sys
random.seed(7)
path, password, key = sys.argv[1:4]
now = "TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'"
out = open(path, "w")
def rows(table, columns, values):  # multi-row inserts of 1,000: H2 loads them fast
    for i in range(0, len(values), 1000):
        out.write(f"insert into {table} ({columns}) values\n" + ",\n".join(values[i:i + 1000]) + ";\n")
ISSUER, OWNER, EARNER = 900000000, 900000001, 900000002
rows("account", "id, email, password_hash, display_name, handle, email_verified, profile_public, role, created_at", [
    f"({OWNER}, 'owner@bench.example', '{{noop}}{password}', 'Bench Owner', 'bench-owner', true, true, 'USER', {now})",
    f"({EARNER}, 'earner@bench.example', '{{noop}}{password}', 'Bench Earner', 'bench-earner', true, true, 'USER', {now})"])
rows("issuer", "id, slug, name, verified, acceptance_policy, created_at",
     [f"({ISSUER}, 'bench', 'Bench Academy', true, 'AUTOMATIC', {now})"])
rows("issuer_membership", "id, issuer_id, account_id, role, created_at", [f"(900000003, {ISSUER}, {OWNER}, 'OWNER', {now})"])
rows("api_key", "id, issuer_id, name, key_prefix, key_hash, created_at",
     [f"(900000004, {ISSUER}, 'Bench', '{key[:12]}', '{hashlib.sha256(key.encode()).hexdigest()}', {now})"])
badges = [900000100 + b for b in range(100)]
rows("badge", "id, issuer_id, slug, name, strapline, earner_description, listed, created_at, updated_at",
     [f"({b}, {ISSUER}, 'badge-{i}', 'Badge {i}', 'Earned by doing thing number {i}', 'You did thing number {i}.', true, {now}, {now})"
      for i, b in enumerate(badges)])
rows("badge_custom_field", "badge_id, field_name, field_value",
     [f"({b}, 'type', '\"{random.choice(['gold', 'silver', 'bronze'])}\"')" for b in badges])
recipients = [901000000 + u for u in range(10000)]
rows("recipient", "id, issuer_id, identifier, identifier_kind, account_id, created_at",
     [f"({recipients[0]}, {ISSUER}, 'earner@bench.example', 'EMAIL', {EARNER}, {now})"] +
     [f"({r}, {ISSUER}, 'user-{u}', 'SITE_USER', null, {now})" for u, r in enumerate(recipients) if u > 0])
awards, n = [], 0
def award(badge, recipient, day):
    global n
    n += 1
    when = f"TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00' + INTERVAL '{day}' DAY"
    awards.append(f"({910000000 + n}, '{n:036d}', {badge}, {ISSUER}, {recipient}, 'ACCEPTED', {when}, {when})")
for i, b in enumerate(badges):          # the earner: one of every badge
    award(b, recipients[0], i)
while n < 100000:                       # everybody else: about ten each
    award(random.choice(badges), random.choice(recipients[1:]), random.randrange(300))
rows("award", "id, public_id, badge_id, issuer_id, recipient_id, status, issued_at, valid_from", awards)
out.close()
