-- Creating a user is a write like any other: it goes into the audit log (never with the password or its hash).
alter table audit_event drop constraint audit_event_target_type_check;
alter table audit_event add constraint audit_event_target_type_check
    check (target_type in ('SOURCE', 'STORY', 'ENTITY', 'FACT', 'CLAIM', 'USER'));
