"""Loading a content pack, in the order it happens:

- `yaml_reader`: YAML read from libyaml's events in one pass, with a map of lines;
- `reading`: one file's bytes as text, then its YAML, every reason it cannot be read reported;
- `convert`: the data into the typed model, field by field where it is wrong (one date hook);
- `checks`: the pack as a whole (ids, relations and their circles, stage order, tours);
- `loader`: the folder, file by file, through the steps above (`load_pack`);
- `cache`: a compiled copy of a checked pack, so that the window starts without YAML;
- `problems`: what loading reports, and the report that gathers it.

Import from the module itself: this package imports nothing, so that reading the compiled
copy at startup does not import YAML.
"""
