"""The core: models, schema, services, rules, errors and paths. No Qt, no UI words."""
