-- The course store of the reference vendor service.
--
-- course.document holds the SDK's canonical JSON text exactly as the SDK wrote it (TEXT, not JSONB: JSONB would
-- re-order keys and drop the canonical bytes). programme and municipality_code are copied out of the document for
-- queries. version is the optimistic-concurrency counter behind ETag / If-Match.
CREATE TABLE course (
    id                TEXT        PRIMARY KEY,
    version           BIGINT      NOT NULL CHECK (version >= 1),
    schema_version    TEXT        NOT NULL,
    programme         TEXT        NOT NULL,
    municipality_code TEXT        NOT NULL,
    document          TEXT        NOT NULL,
    updated_at        TIMESTAMPTZ NOT NULL,
    updated_by        TEXT        NOT NULL
);
CREATE INDEX course_municipality ON course (municipality_code);

-- Every accepted write, one row per version: who wrote it and when. Append-only (see the triggers below).
CREATE TABLE course_revision (
    course_id      TEXT        NOT NULL REFERENCES course (id),
    version        BIGINT      NOT NULL CHECK (version >= 1),
    schema_version TEXT        NOT NULL,
    document       TEXT        NOT NULL,
    recorded_at    TIMESTAMPTZ NOT NULL,
    recorded_by    TEXT        NOT NULL,
    PRIMARY KEY (course_id, version)
);

-- Audit events: who read or shared what, when — ids, codes and dates only, never personal data.
CREATE TABLE audit_event (
    id        BIGSERIAL   PRIMARY KEY,
    at        TIMESTAMPTZ NOT NULL,
    actor     TEXT        NOT NULL,
    action    TEXT        NOT NULL,
    course_id TEXT,
    outcome   TEXT        NOT NULL,
    detail    TEXT        NOT NULL
);
CREATE INDEX audit_event_course ON audit_event (course_id);

CREATE FUNCTION sam_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'table % is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER course_revision_append_only BEFORE UPDATE OR DELETE ON course_revision
    FOR EACH ROW EXECUTE FUNCTION sam_append_only();
CREATE TRIGGER course_revision_no_truncate BEFORE TRUNCATE ON course_revision
    FOR EACH STATEMENT EXECUTE FUNCTION sam_append_only();
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION sam_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION sam_append_only();
