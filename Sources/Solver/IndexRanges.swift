/// The index ranges a `Problem` declares (parts, resources), checked where the
/// problem uses them so the hot loops never meet an index out of range.
struct IndexRanges {
    let partCount: Int
    let resourceCount: Int

    init(_ problem: Problem) {
        partCount = problem.partNames.count
        resourceCount = problem.resourceCount
    }

    func checkPart(_ part: Int, at location: ProblemError.Location) throws(ProblemError) {
        if part < 0 || part >= partCount {
            throw .partOutOfRange(part: part, partCount: partCount, at: location)
        }
    }

    func checkResource(_ resource: Int, at location: ProblemError.Location) throws(ProblemError) {
        if resource < 0 || resource >= resourceCount {
            throw .resourceOutOfRange(resource: resource, resourceCount: resourceCount, at: location)
        }
    }

    /// The sum of `costs`, each checked to name a known part.
    func totalCost(_ costs: [SoftCost], at location: ProblemError.Location) throws(ProblemError) -> Int {
        var total = 0
        for cost in costs {
            try checkPart(cost.part, at: location)
            total += cost.amount
        }
        return total
    }
}
