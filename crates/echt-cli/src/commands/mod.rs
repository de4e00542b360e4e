//! One module per subcommand, each with a `run` returning the exit code.

pub mod check;
pub mod eval;
