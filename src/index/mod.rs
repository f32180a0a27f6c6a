//! The packed index: its file format, the memory-mapped reader, and the streaming builder (ARCHITECTURE.md, Index file).

pub mod builder;
pub mod dump;
pub mod external_sort;
pub mod format;
pub mod reader;
pub mod recipe;
pub mod seal;
pub mod writer;

pub use builder::{BuildOptions, BuildReport, NoProgress, Progress, build};
pub use format::Mode;
pub use reader::{Entry, Index, IndexError};
pub use recipe::Recipe;
pub use seal::Seal;
pub use writer::IndexWriter;
