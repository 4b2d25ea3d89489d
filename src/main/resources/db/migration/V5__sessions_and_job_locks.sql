-- Several instances on one database (PostgreSQL setup): signed-in sessions and scheduled jobs' locks are shared
-- rows, so any instance serves any user and each job runs on one instance at a time. Valid on H2 and PostgreSQL.

-- Spring Session JDBC, as its schema-postgresql.sql (schema-h2.sql differs only in LONGVARBINARY, which H2 also
-- accepts as bytea). Spring Session's own initialize-schema is off: the schema belongs to Flyway.
create table spring_session (
    primary_id             char(36)     not null,
    session_id             char(36)     not null,
    creation_time          bigint       not null,
    last_access_time       bigint       not null,
    max_inactive_interval  integer      not null,
    expiry_time            bigint       not null,
    principal_name         varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id  char(36)     not null,
    attribute_name      varchar(200) not null,
    attribute_bytes     bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);

-- ShedLock: one row per scheduled job, held until lock_until. Times are the database's clock in UTC (ShedLock's
-- usingDbTime), so the instances' clocks need not agree; ShedLock's documented type is a plain timestamp.
create table shedlock (
    name        varchar(64)  not null,
    lock_until  timestamp(6) not null,
    locked_at   timestamp(6) not null,
    locked_by   varchar(255) not null,
    constraint shedlock_pk primary key (name)
);
