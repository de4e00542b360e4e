//! One module per subcommand, each with a `run` returning the exit code.

pub mod check;
pub mod corpus;
pub mod eval;
pub mod explain;
pub mod rules;
pub mod score;
pub mod stats;
