-- Flyway runs this in each migration's transaction: migrations are not bounded by the API's statement timeout.
SET LOCAL statement_timeout = 0;
