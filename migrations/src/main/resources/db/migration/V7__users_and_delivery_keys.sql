-- Who may sign in. WildFly Elytron reads these tables directly (jdbc-realm in the server
-- configuration): passwords are bcrypt hashes (hash and salt base64, cost factor), delivery key
-- secrets are SHA-256 hashes of a random 256-bit secret. Nothing is stored in clear.
create table app_user (
    username       varchar(64)  primary key,
    display_name   varchar(200) not null,
    password_hash  varchar(100) not null,
    password_salt  varchar(64)  not null,
    password_cost  integer      not null,
    enabled        boolean      not null,
    created_at     timestamp with time zone not null,
    created_by     varchar(64)  not null,
    version        bigint       not null
);

create table app_user_role (
    username  varchar(64) not null references app_user (username) on delete cascade,
    role      varchar(40) not null,
    constraint pk_app_user_role primary key (username, role)
);

create table delivery_key (
    key_id       varchar(40)  primary key,
    name         varchar(200) not null,
    secret_hash  varchar(64)  not null,
    created_at   timestamp with time zone not null,
    created_by   varchar(64)  not null,
    revoked_at   timestamp with time zone,
    revoked_by   varchar(64)
);
