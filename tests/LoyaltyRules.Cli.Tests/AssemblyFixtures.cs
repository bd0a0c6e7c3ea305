using LoyaltyRules.Testing.Postgres;

[assembly: AssemblyFixture(typeof(PostgresServer))]
